using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Firewall;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Network;

/// <summary>The security groups page: VPC, open ports and tags as facets; free text over names, ids, descriptions and rule sources.</summary>
public static class SecurityGroupSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("vpc", "VPC", []),
        new("inbound_port", "Inbound port", []),
        new("open_to_world", "Open to anywhere", [new("yes", "Yes (0.0.0.0/0 or ::/0)"), new("no", "No")]),
        new("tag", "Tag", []),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "id", "description", "source"];

    public static SearchFields<SecurityGroup> Fields { get; } = new SearchFields<SecurityGroup>()
        .Facet("vpc", g => g.VpcId ?? "none")
        .FacetMany("inbound_port", g => GroupRule.Of(g).Where(r => r.Direction == RuleDirection.Ingress).Select(r => $"{r.Protocol}/{r.Ports}").Distinct())
        .Facet("open_to_world", g => GroupRule.Of(g).Any(r => r.Direction == RuleDirection.Ingress && r.Source is "0.0.0.0/0" or "::/0") ? "yes" : "no")
        .FacetMany("tag", g => g.Tags.Select(t => $"{t.Key}={t.Value}"))
        .Text("name", g => g.Name)
        .Text("id", g => g.Id)
        .Text("description", g => g.Description)
        .Text("source", g => string.Join(' ', GroupRule.Of(g).Select(r => r.Source)));

    public static IReadOnlyList<TableColumn<SecurityGroup>> Columns { get; } =
    [
        new("Name", g => g.Name),
        new("ID", g => g.Id) { Copyable = true },
        new("Description", g => g.Description),
        new("Inbound rules", g => Count(g, RuleDirection.Ingress).ToString(System.Globalization.CultureInfo.InvariantCulture))
            { SortKey = g => Count(g, RuleDirection.Ingress) },
        new("Outbound rules", g => Count(g, RuleDirection.Egress).ToString(System.Globalization.CultureInfo.InvariantCulture))
            { SortKey = g => Count(g, RuleDirection.Egress) },
        new("VPC", g => g.VpcId) { HiddenByDefault = true },
    ];

    public static ResourceDefinition<SecurityGroup> Definition { get; } =
        new(ResourceCatalog.SecurityGroups, g => g.Id, Facets, FilterKeys, Fields, ["vpc", "inbound_port", "tag"], Columns);

    private static int Count(SecurityGroup group, RuleDirection direction) => GroupRule.Of(group).Count(r => r.Direction == direction);
}
