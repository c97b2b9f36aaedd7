namespace EucaConsole.Domain.LoadBalancing;

/// <summary>How a balancer spreads and lets go: across zones or per zone; whether deregistering waits for open requests, and how long.</summary>
public sealed record BalancerAttributes(bool CrossZone, bool Draining, int DrainingTimeout)
{
    public static BalancerAttributes Default { get; } = new(false, false, 300);
}
