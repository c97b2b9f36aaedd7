namespace EucaConsole.Domain.LoadBalancing;

/// <summary>Classic Elastic Load Balancing (2012-06-01).</summary>
public interface ILoadBalancingService
{
    Task<IReadOnlyList<LoadBalancer>> DescribeLoadBalancersAsync(CancellationToken cancellationToken, params string[] names);

    /// <summary>Creates a balancer in the given zones; returns its DNS name.</summary>
    Task<string> CreateLoadBalancerAsync(string name, IReadOnlyList<Listener> listeners, IReadOnlyList<string> availabilityZones,
        CancellationToken cancellationToken, IReadOnlyList<string>? subnets = null, IReadOnlyList<string>? securityGroups = null);

    Task<BalancerAttributes> DescribeAttributesAsync(string name, CancellationToken cancellationToken);

    Task ModifyAttributesAsync(string name, BalancerAttributes attributes, CancellationToken cancellationToken);

    Task DeleteLoadBalancerAsync(string name, CancellationToken cancellationToken);

    Task CreateListenersAsync(string name, IReadOnlyList<Listener> listeners, CancellationToken cancellationToken);

    Task DeleteListenersAsync(string name, IReadOnlyList<int> loadBalancerPorts, CancellationToken cancellationToken);

    Task ConfigureHealthCheckAsync(string name, HealthCheck healthCheck, CancellationToken cancellationToken);

    Task RegisterInstancesAsync(string name, IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task DeregisterInstancesAsync(string name, IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<InstanceHealth>> DescribeInstanceHealthAsync(string name, CancellationToken cancellationToken);
}
