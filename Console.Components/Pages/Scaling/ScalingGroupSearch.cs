using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Scaling;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Scaling;

/// <summary>The scaling groups page: launch configuration, zone and the health of its instances as facets; free text over names.</summary>
public static class ScalingGroupSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("launch_configuration", "Launch configuration", []),
        new("availability_zone", "Availability zone", []),
        new("health", "Instances", [new("healthy", "All healthy"), new("unhealthy", "Some unhealthy"), new("none", "None")]),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "launch_configuration", "load_balancers"];

    public static SearchFields<ScalingGroup> Fields { get; } = new SearchFields<ScalingGroup>()
        .Facet("launch_configuration", g => g.LaunchConfigurationName)
        .FacetMany("availability_zone", g => g.AvailabilityZones)
        .Facet("health", Health)
        .Text("name", g => g.Name)
        .Text("launch_configuration", g => g.LaunchConfigurationName)
        .Text("load_balancers", g => string.Join(' ', g.LoadBalancerNames));

    public static IReadOnlyList<TableColumn<ScalingGroup>> Columns { get; } =
    [
        new("Name", g => g.Name),
        new("Launch configuration", g => g.LaunchConfigurationName),
        new("Desired", g => g.DesiredCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture)) { SortKey = g => g.DesiredCapacity },
        new("Min", g => g.MinSize.ToString(System.Globalization.CultureInfo.InvariantCulture)) { SortKey = g => g.MinSize },
        new("Max", g => g.MaxSize.ToString(System.Globalization.CultureInfo.InvariantCulture)) { SortKey = g => g.MaxSize },
        new("Instances", g => $"{g.Instances.Count(i => i.LifecycleState == "InService")} in service of {g.Instances.Count}") { SortKey = g => g.Instances.Count },
        new("Zones", g => string.Join(", ", g.AvailabilityZones)),
        new("Load balancers", g => string.Join(", ", g.LoadBalancerNames)) { HiddenByDefault = true },
    ];

    public static ResourceDefinition<ScalingGroup> Definition { get; } =
        new(ResourceCatalog.ScalingGroups, g => g.Name, Facets, FilterKeys, Fields, ["launch_configuration", "availability_zone"], Columns);

    public static string Health(ScalingGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Instances.Count == 0 ? "none" : group.Instances.All(i => i.HealthStatus == "Healthy") ? "healthy" : "unhealthy";
    }

    /// <summary>Instances still arriving or leaving, or fewer than desired: the page looks again.</summary>
    public static bool IsChanging(ScalingGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Instances.Count != group.DesiredCapacity || group.Instances.Any(i => i.LifecycleState != "InService");
    }
}
