namespace EucaConsole.Domain.LoadBalancing;

/// <param name="SourceSecurityGroup">The group traffic from the balancer comes from, as "owner-alias/group-name".</param>
public sealed record LoadBalancer(
    string Name,
    string? DnsName,
    string? Scheme,
    IReadOnlyList<string> AvailabilityZones,
    IReadOnlyList<Listener> Listeners,
    HealthCheck? HealthCheck,
    IReadOnlyList<string> InstanceIds,
    IReadOnlyList<string> SecurityGroups,
    string? SourceSecurityGroup,
    string? VpcId,
    DateTimeOffset? CreatedTime);
