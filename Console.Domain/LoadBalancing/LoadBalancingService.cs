using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.LoadBalancing;

/// <summary>Classic ELB over the project's Query client.</summary>
internal sealed class LoadBalancingService(CloudConnection connection) : ILoadBalancingService
{
    private Task<QueryServiceClient> ClientAsync(CancellationToken cancellationToken) => connection.QueryAsync(QueryApi.LoadBalancing, cancellationToken);

    public async Task<IReadOnlyList<LoadBalancer>> DescribeLoadBalancersAsync(CancellationToken cancellationToken, params string[] names) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ListAllAsync("DescribeLoadBalancers",
            new QueryParameters().AddList("LoadBalancerNames", names).Add("PageSize", connection.Options.PageSize), "Marker", "NextMarker",
            LoadBalancingMapping.LoadBalancers, cancellationToken).ConfigureAwait(false);

    public async Task<string> CreateLoadBalancerAsync(string name, IReadOnlyList<Listener> listeners, IReadOnlyList<string> availabilityZones,
        CancellationToken cancellationToken, IReadOnlyList<string>? subnets = null, IReadOnlyList<string>? securityGroups = null) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("CreateLoadBalancer", new QueryParameters()
            .Add("LoadBalancerName", name).AddListeners(listeners)
            // Zones or subnets, not both: a VPC balancer is placed by its subnets (one per zone).
            .AddList("AvailabilityZones", subnets is { Count: > 0 } ? null : availabilityZones)
            .AddList("Subnets", subnets).AddList("SecurityGroups", securityGroups),
            result => result.Required("DNSName"), cancellationToken).ConfigureAwait(false);

    public async Task<BalancerAttributes> DescribeAttributesAsync(string name, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DescribeLoadBalancerAttributes",
            new QueryParameters().Add("LoadBalancerName", name), result =>
            {
                var attributes = result.Child("LoadBalancerAttributes");
                var draining = attributes?.Child("ConnectionDraining");
                return new BalancerAttributes(attributes?.Child("CrossZoneLoadBalancing")?.Text("Enabled") == "true", draining?.Text("Enabled") == "true",
                    draining?.Number("Timeout") ?? 300);
            }, cancellationToken).ConfigureAwait(false);

    public async Task ModifyAttributesAsync(string name, BalancerAttributes attributes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("ModifyLoadBalancerAttributes", new QueryParameters()
            .Add("LoadBalancerName", name)
            .Add("LoadBalancerAttributes.CrossZoneLoadBalancing.Enabled", attributes.CrossZone)
            .Add("LoadBalancerAttributes.ConnectionDraining.Enabled", attributes.Draining)
            .Add("LoadBalancerAttributes.ConnectionDraining.Timeout", attributes.DrainingTimeout), cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteLoadBalancerAsync(string name, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DeleteLoadBalancer",
            new QueryParameters().Add("LoadBalancerName", name), cancellationToken).ConfigureAwait(false);

    public async Task CreateListenersAsync(string name, IReadOnlyList<Listener> listeners, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("CreateLoadBalancerListeners",
            new QueryParameters().Add("LoadBalancerName", name).AddListeners(listeners), cancellationToken).ConfigureAwait(false);

    public async Task DeleteListenersAsync(string name, IReadOnlyList<int> loadBalancerPorts, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DeleteLoadBalancerListeners", new QueryParameters()
            .Add("LoadBalancerName", name)
            .AddList("LoadBalancerPorts", loadBalancerPorts.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            cancellationToken).ConfigureAwait(false);

    public async Task ConfigureHealthCheckAsync(string name, HealthCheck healthCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(healthCheck);
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("ConfigureHealthCheck", new QueryParameters()
            .Add("LoadBalancerName", name)
            .Add("HealthCheck.Target", healthCheck.Target)
            .Add("HealthCheck.Interval", healthCheck.Interval)
            .Add("HealthCheck.Timeout", healthCheck.Timeout)
            .Add("HealthCheck.UnhealthyThreshold", healthCheck.UnhealthyThreshold)
            .Add("HealthCheck.HealthyThreshold", healthCheck.HealthyThreshold), cancellationToken).ConfigureAwait(false);
    }

    public async Task RegisterInstancesAsync(string name, IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("RegisterInstancesWithLoadBalancer",
            new QueryParameters().Add("LoadBalancerName", name).AddInstances(instanceIds), cancellationToken).ConfigureAwait(false);

    public async Task DeregisterInstancesAsync(string name, IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DeregisterInstancesFromLoadBalancer",
            new QueryParameters().Add("LoadBalancerName", name).AddInstances(instanceIds), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<InstanceHealth>> DescribeInstanceHealthAsync(string name, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DescribeInstanceHealth",
            new QueryParameters().Add("LoadBalancerName", name), result => (IReadOnlyList<InstanceHealth>)[.. LoadBalancingMapping.InstanceStates(result)],
            cancellationToken).ConfigureAwait(false);
}
