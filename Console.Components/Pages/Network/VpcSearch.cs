using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Network;

/// <summary>The VPCs page: state, default and tags as facets; free text over name, id and range.</summary>
public static class VpcSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("state", "State", [new("pending", "Pending"), new("available", "Available")]),
        new("default", "Default", [new("yes", "Default VPC"), new("no", "Made by you")]),
        new("tag", "Tag", []),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "id", "cidr"];

    public static SearchFields<Vpc> Fields { get; } = new SearchFields<Vpc>()
        .Facet("state", v => v.State)
        .Facet("default", v => v.IsDefault ? "yes" : "no")
        .FacetMany("tag", v => v.Tags.Select(t => $"{t.Key}={t.Value}"))
        .Text("name", v => v.Name)
        .Text("id", v => v.Id)
        .Text("cidr", v => v.CidrBlock);

    public static IReadOnlyList<TableColumn<Vpc>> Columns { get; } =
    [
        new("Name", v => v.Name),
        new("ID", v => v.Id) { Copyable = true },
        new("IPv4 range", v => v.CidrBlock),
        new("State", v => v.State),
        new("Default", v => v.IsDefault ? "yes" : "no"),
        new("Tenancy", v => v.InstanceTenancy) { HiddenByDefault = true },
    ];

    public static ResourceDefinition<Vpc> Definition { get; } = new(ResourceCatalog.Vpcs, v => v.Id, Facets, FilterKeys, Fields, ["tag"], Columns);
}
