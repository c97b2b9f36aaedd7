using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Identity.Access;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Identity;

/// <summary>The users page: group, console password, access keys and path as facets; free text over name and ARN.</summary>
public static class UserSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("group", "Group", []),
        new("console_password", "Console password", [new("yes", "Has one"), new("no", "None")]),
        new("access_keys", "Access keys", [new("0", "None"), new("1", "One"), new("2", "Two")]),
        new("path", "Path", []),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "arn"];

    public static SearchFields<UserSummary> Fields { get; } = new SearchFields<UserSummary>()
        .FacetMany("group", u => u.Groups)
        .Facet("console_password", u => u.HasPassword ? "yes" : "no")
        .Facet("access_keys", u => u.AccessKeys.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Facet("path", u => u.User.Path)
        .Text("name", u => u.User.Name)
        .Text("arn", u => u.User.Arn);

    public static IReadOnlyList<TableColumn<UserSummary>> Columns { get; } =
    [
        new("Name", u => u.User.Name),
        new("Groups", u => string.Join(", ", u.Groups)),
        new("Console password", u => u.HasPassword ? "yes" : "no"),
        new("Access keys", u => u.AccessKeys.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Path", u => u.User.Path),
        new("Created", u => u.User.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = u => u.User.Created },
    ];

    public static ResourceDefinition<UserSummary> Definition { get; } =
        new(ResourceCatalog.Users, u => u.User.Name, Facets, FilterKeys, Fields, ["group", "path"], Columns);
}
