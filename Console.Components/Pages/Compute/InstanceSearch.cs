using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Compute;

/// <summary>The instances page's search bar: facets (options mostly from the data) and free-text keys.</summary>
public static class InstanceSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("state", "State", [new("pending", "Pending"), new("running", "Running"), new("stopping", "Stopping"), new("stopped", "Stopped"),
            new("shutting-down", "Shutting down"), new("terminated", "Terminated")]),
        new("availability_zone", "Availability zone", []),
        new("instance_type", "Instance type", []),
        new("image", "Image", []),
        new("key_name", "Key pair", []),
        new("security_group", "Security group", []),
        new("root_device", "Root device", [new("ebs", "EBS"), new("instance-store", "Instance store")]),
        new("tag", "Tag", []),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } =
        ["id", "name", "image_id", "instance_type", "private_ip", "public_ip", "key_name", "availability_zone", "security_groups", "tags"];

    public static SearchFields<Instance> Fields { get; } = new SearchFields<Instance>()
        .Facet("state", i => i.State)
        .Facet("availability_zone", i => i.AvailabilityZone)
        .Facet("instance_type", i => i.InstanceType)
        .Facet("image", i => i.ImageId)
        .Facet("key_name", i => i.KeyName)
        .FacetMany("security_group", i => i.SecurityGroups.Select(g => g.Name ?? g.Id))
        .Facet("root_device", i => i.RootDeviceType)
        .FacetMany("tag", i => i.Tags.Select(t => $"{t.Key}={t.Value}"))
        .Text("id", i => i.Id)
        .Text("name", i => i.Name)
        .Text("image_id", i => i.ImageId)
        .Text("instance_type", i => i.InstanceType)
        .Text("private_ip", i => i.PrivateIp)
        .Text("public_ip", i => i.PublicIp)
        .Text("key_name", i => i.KeyName)
        .Text("availability_zone", i => i.AvailabilityZone)
        .Text("security_groups", i => string.Join(' ', i.SecurityGroups.Select(g => $"{g.Id} {g.Name}")))
        .Text("tags", i => string.Join(' ', i.Tags.Select(t => $"{t.Key}={t.Value}")));

    /// <summary>Facets whose options come from the instances themselves.</summary>
    public static IReadOnlyList<string> DataFacets { get; } = ["availability_zone", "instance_type", "image", "key_name", "security_group", "tag"];

    public static bool IsTransitional(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State is "pending" or "stopping" or "shutting-down";
    }
}
