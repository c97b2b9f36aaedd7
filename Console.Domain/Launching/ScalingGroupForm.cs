namespace EucaConsole.Domain.Launching;

/// <summary>The scaling-group form offered after a launch configuration is made.</summary>
public sealed class ScalingGroupForm
{
    public string Name { get; set; } = string.Empty;

    public string LaunchConfigurationName { get; set; } = string.Empty;

    public int MinSize { get; set; } = 1;

    public int DesiredCapacity { get; set; } = 1;

    public int MaxSize { get; set; } = 2;

    public List<string> AvailabilityZones { get; set; } = [];

    public List<string> LoadBalancerNames { get; set; } = [];

    /// <summary>Seconds after launch before health checks count.</summary>
    public int HealthCheckGracePeriod { get; set; } = 300;
}
