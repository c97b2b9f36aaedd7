using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Roles;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Identity;

/// <summary>The roles page's search bar: path and trusted service as facets, free text over name and ARN.</summary>
public static class RoleSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("path", "Path", []),
        new("trusted_service", "Trusted service", []),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "arn", "description"];

    public static SearchFields<IamRole> Fields { get; } = new SearchFields<IamRole>()
        .Facet("path", r => r.Path)
        .FacetMany("trusted_service", r => RoleTrust.Services(r.TrustPolicy))
        .Text("name", r => r.Name)
        .Text("arn", r => r.Arn)
        .Text("description", r => r.Description);

    public static IReadOnlyList<TableColumn<IamRole>> Columns { get; } =
    [
        new("Name", r => r.Name),
        new("Path", r => r.Path),
        new("Trusted", r => string.Join(", ", RoleTrust.Services(r.TrustPolicy))),
        new("Description", r => r.Description),
        new("Created", r => r.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = r => r.Created },
    ];

    public static ResourceDefinition<IamRole> Definition { get; } =
        new(ResourceCatalog.Roles, r => r.Name, Facets, FilterKeys, Fields, ["path", "trusted_service"], Columns);
}
