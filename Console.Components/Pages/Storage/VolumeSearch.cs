using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;
using EucaConsole.Domain.Storage;

namespace EucaConsole.Components.Pages.Storage;

/// <summary>The volumes page: status, zone, attachment, type, size band and tags as facets; free text over ids, names and instances.</summary>
public static class VolumeSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("status", "Status", [new("creating", "Creating"), new("available", "Available"), new("in-use", "In use"), new("deleting", "Deleting"),
            new("error", "Error")]),
        new("availability_zone", "Availability zone", []),
        new("attachment", "Attachment", [new("attached", "Attached"), new("detached", "Detached")]),
        new("volume_type", "Type", []),
        new("size", "Size", [.. SizeBand.Bands.Select(b => new FacetOption(b.Key, b.Label))]),
        new("tag", "Tag", []),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["id", "name", "snapshot", "instance", "tags"];

    public static SearchFields<Volume> Fields { get; } = new SearchFields<Volume>()
        .Facet("status", v => v.State)
        .Facet("availability_zone", v => v.AvailabilityZone)
        .Facet("attachment", v => v.Attachments.Count > 0 ? "attached" : "detached")
        .Facet("volume_type", v => v.VolumeType)
        .Facet("size", v => SizeBand.Of(v.Size))
        .FacetMany("tag", v => v.Tags.Select(t => $"{t.Key}={t.Value}"))
        .Text("id", v => v.Id)
        .Text("name", v => v.Name)
        .Text("snapshot", v => v.SnapshotId)
        .Text("instance", v => string.Join(' ', v.Attachments.Select(a => a.InstanceId)))
        .Text("tags", v => string.Join(' ', v.Tags.Select(t => $"{t.Key}={t.Value}")));

    public static IReadOnlyList<TableColumn<Volume>> Columns { get; } =
    [
        new("Name", v => v.Name),
        new("ID", v => v.Id) { Copyable = true },
        new("Status", v => v.State),
        new("Size", v => $"{v.Size} GiB") { SortKey = v => v.Size },
        new("Type", v => v.VolumeType),
        new("Zone", v => v.AvailabilityZone),
        new("Attached to", v => string.Join(", ", v.Attachments.Select(a => $"{a.InstanceId} {a.Device}"))),
        new("Snapshot", v => v.SnapshotId) { HiddenByDefault = true },
        new("Created", v => v.CreateTime?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = v => v.CreateTime },
    ];

    public static ResourceDefinition<Volume> Definition { get; } =
        new(ResourceCatalog.Volumes, v => v.Id, Facets, FilterKeys, Fields, ["availability_zone", "volume_type", "tag"], Columns);

    public static bool IsChanging(Volume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        return volume.State is "creating" or "deleting" || volume.Attachments.Any(a => a.State is "attaching" or "detaching");
    }
}
