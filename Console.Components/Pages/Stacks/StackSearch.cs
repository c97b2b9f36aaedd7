using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Search;
using EucaConsole.Domain.Stacks;

namespace EucaConsole.Components.Pages.Stacks;

/// <summary>The stacks page's search bar: status as a facet, free text over name, id and description.</summary>
public static class StackSearch
{
    public static IReadOnlyList<Facet> Facets { get; } = [new("status", "Status", [])];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "id", "description"];

    public static SearchFields<Stack> Fields { get; } = new SearchFields<Stack>()
        .Facet("status", s => s.Status)
        .Text("name", s => s.Name)
        .Text("id", s => s.Id)
        .Text("description", s => s.Description);

    public static IReadOnlyList<TableColumn<Stack>> Columns { get; } =
    [
        new("Name", s => s.Name),
        new("Status", s => s.Status),
        new("Description", s => s.Description),
        new("Created", s => s.Created?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = s => s.Created },
        new("Updated", s => s.LastUpdated?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = s => s.LastUpdated },
    ];

    /// <summary>A stack opens in the side panel at its own address (<c>/stacks/NAME</c>), like every other kind.</summary>
    public static ResourceDefinition<Stack> Definition { get; } = new(ResourceCatalog.Stacks, s => s.Name, Facets, FilterKeys, Fields, ["status"], Columns);
}
