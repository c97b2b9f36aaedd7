using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Scaling;

public sealed record ScalingGroupSpec(
    string Name,
    string LaunchConfigurationName,
    int MinSize,
    int DesiredCapacity,
    int MaxSize,
    IReadOnlyList<string> AvailabilityZones,
    IReadOnlyList<string>? LoadBalancerNames = null,
    string HealthCheckType = "EC2",
    int? HealthCheckGracePeriod = null,
    IReadOnlyList<GroupTag>? Tags = null,
    IReadOnlyList<string>? TerminationPolicies = null);
