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
    string? Status,
    IReadOnlyList<string>? SuspendedProcesses = null)
{
    /// <summary>The processes Auto Scaling runs for a group, any of which can be suspended.</summary>
    public static IReadOnlyList<string> Processes { get; } =
        ["Launch", "Terminate", "HealthCheck", "ReplaceUnhealthy", "AZRebalance", "AlarmNotification", "ScheduledActions", "AddToLoadBalancer"];
}
