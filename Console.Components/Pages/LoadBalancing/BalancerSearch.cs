using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.LoadBalancing;

/// <summary>The load balancers page: zone, scheme and health as facets; free text over name and DNS name.</summary>
public static class BalancerSearch
{
    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("availability_zone", "Availability zone", []),
        new("scheme", "Scheme", []),
        new("health", "Health", [new("healthy", "All healthy"), new("unhealthy", "Some unhealthy"), new("none", "No instances")]),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "dns_name"];

    public static SearchFields<BalancerSummary> Fields { get; } = new SearchFields<BalancerSummary>()
        .FacetMany("availability_zone", b => b.Balancer.AvailabilityZones)
        .Facet("scheme", b => b.Balancer.Scheme ?? "internet-facing")
        .Facet("health", b => b.HealthState)
        .Text("name", b => b.Balancer.Name)
        .Text("dns_name", b => b.Balancer.DnsName);

    public static IReadOnlyList<TableColumn<BalancerSummary>> Columns { get; } =
    [
        new("Name", b => b.Balancer.Name),
        new("DNS name", b => b.Balancer.DnsName) { Copyable = true },
        new("Listeners", b => string.Join(", ", b.Balancer.Listeners.Select(Describe))),
        new("Instances", b => b.Health.Count == 0 ? "none" : $"{b.InService} of {b.Health.Count} in service") { SortKey = b => b.InService },
        new("Zones", b => string.Join(", ", b.Balancer.AvailabilityZones)),
        new("Created", b => b.Balancer.CreatedTime?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            { SortKey = b => b.Balancer.CreatedTime, HiddenByDefault = true },
    ];

    public static ResourceDefinition<BalancerSummary> Definition { get; } =
        new(ResourceCatalog.LoadBalancers, b => b.Balancer.Name, Facets, FilterKeys, Fields, ["availability_zone", "scheme"], Columns);

    public static string Describe(Listener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        return $"{listener.Protocol}:{listener.LoadBalancerPort} → {listener.InstanceProtocol}:{listener.InstancePort}";
    }
}
