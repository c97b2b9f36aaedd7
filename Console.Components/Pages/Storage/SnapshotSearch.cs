using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Storage;

/// <summary>The snapshots page (the account's own): status and tags as facets; free text over ids, names, descriptions and volumes.</summary>
public static class SnapshotSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("status", "Status", [new("pending", "Pending"), new("completed", "Completed"), new("error", "Error")]),
        new("tag", "Tag", []),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["id", "name", "description", "volume", "tags"];

    public static SearchFields<Snapshot> Fields { get; } = new SearchFields<Snapshot>()
        .Facet("status", s => s.State)
        .FacetMany("tag", s => s.Tags.Select(t => $"{t.Key}={t.Value}"))
        .Text("id", s => s.Id)
        .Text("name", s => s.Name)
        .Text("description", s => s.Description)
        .Text("volume", s => s.VolumeId)
        .Text("tags", s => string.Join(' ', s.Tags.Select(t => $"{t.Key}={t.Value}")));

    public static IReadOnlyList<TableColumn<Snapshot>> Columns { get; } =
    [
        new("Name", s => s.Name),
        new("ID", s => s.Id) { Copyable = true },
        new("Status", s => Status(s)),
        new("Volume", s => s.VolumeId),
        new("Size", s => $"{s.VolumeSize} GiB") { SortKey = s => s.VolumeSize },
        new("Description", s => s.Description),
        new("Started", s => s.StartTime?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = s => s.StartTime },
    ];

    public static ResourceDefinition<Snapshot> Definition { get; } =
        new(ResourceCatalog.Snapshots, s => s.Id, Facets, FilterKeys, Fields, ["tag"], Columns);

    /// <summary>"pending 40%" while it is made; the state alone after.</summary>
    public static string Status(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.State == "pending" && snapshot.Progress is { Length: > 0 } progress ? $"pending {progress}" : snapshot.State;
    }
}
