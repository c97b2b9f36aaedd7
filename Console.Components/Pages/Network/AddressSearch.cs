using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Network;

/// <summary>The elastic IPs page: association and domain as facets; free text over addresses and instances.</summary>
public static class AddressSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("association", "Association", [new("associated", "Associated"), new("unassociated", "Not associated")]),
        new("domain", "Domain", [new("vpc", "VPC"), new("standard", "Standard (EC2-Classic, Eucalyptus)")]),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["public_ip", "instance", "private_ip", "allocation"];

    public static SearchFields<Address> Fields { get; } = new SearchFields<Address>()
        .Facet("association", a => a.InstanceId is null ? "unassociated" : "associated")
        .Facet("domain", a => a.Domain)
        .Text("public_ip", a => a.PublicIp)
        .Text("instance", a => a.InstanceId)
        .Text("private_ip", a => a.PrivateIp)
        .Text("allocation", a => a.AllocationId);

    public static IReadOnlyList<TableColumn<Address>> Columns { get; } =
    [
        new("Public IP", a => a.PublicIp) { Copyable = true },
        new("Instance", a => a.InstanceId),
        new("Private IP", a => a.PrivateIp),
        new("Allocation ID", a => a.AllocationId),
        new("Domain", a => a.Domain),
    ];

    public static ResourceDefinition<Address> Definition { get; } =
        new(ResourceCatalog.Addresses, a => a.PublicIp, Facets, FilterKeys, Fields, [], Columns);
}
