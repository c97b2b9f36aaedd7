using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Identity;

/// <summary>The groups page: path as a facet; free text over name and ARN.</summary>
public static class GroupSearch
{
    public static IReadOnlyList<Facet> Facets { get; } = [new("path", "Path", [])];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "arn"];

    public static SearchFields<IamGroup> Fields { get; } = new SearchFields<IamGroup>()
        .Facet("path", g => g.Path)
        .Text("name", g => g.Name)
        .Text("arn", g => g.Arn);

    public static IReadOnlyList<TableColumn<IamGroup>> Columns { get; } =
    [
        new("Name", g => g.Name),
        new("Path", g => g.Path),
        new("ARN", g => g.Arn) { HiddenByDefault = true },
        new("Created", g => g.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = g => g.Created },
    ];

    public static ResourceDefinition<IamGroup> Definition { get; } = new(ResourceCatalog.IamGroups, g => g.Name, Facets, FilterKeys, Fields, ["path"], Columns);
}
