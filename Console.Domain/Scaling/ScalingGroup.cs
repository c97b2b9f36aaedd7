using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Scaling;

public sealed record ScalingGroup(
    string Name,
    string? Arn,
    string? LaunchConfigurationName,
    int MinSize,
    int MaxSize,
    int DesiredCapacity,
    int? DefaultCooldown,
    IReadOnlyList<string> AvailabilityZones,
    IReadOnlyList<string> LoadBalancerNames,
    string HealthCheckType,
    int? HealthCheckGracePeriod,
    IReadOnlyList<ScalingGroupInstance> Instances,
    IReadOnlyList<Tag> Tags,
    DateTimeOffset? CreatedTime,
    string? Status);
