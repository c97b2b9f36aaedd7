namespace EucaConsole.Domain.LoadBalancing;

/// <summary>A balancer as the list shows it, with its instances' health.</summary>
public sealed record BalancerSummary(LoadBalancer Balancer, IReadOnlyList<InstanceHealth> Health)
{
    public int InService => Health.Count(h => h.State == "InService");

    /// <summary>"all healthy", "some unhealthy", or "no instances".</summary>
    public string HealthState => Health.Count == 0 ? "none" : InService == Health.Count ? "healthy" : "unhealthy";

    public static async Task<IReadOnlyList<BalancerSummary>> LoadAsync(ILoadBalancingService balancers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(balancers);
        var all = await balancers.DescribeLoadBalancersAsync(cancellationToken).ConfigureAwait(false);
        var health = await Task.WhenAll(all.Select(b => b.InstanceIds.Count == 0
            ? Task.FromResult<IReadOnlyList<InstanceHealth>>([])
            : balancers.DescribeInstanceHealthAsync(b.Name, cancellationToken))).ConfigureAwait(false);
        return [.. all.Zip(health, (b, h) => new BalancerSummary(b, h))];
    }
}
