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

    /// <summary>"EC2" (the instance's status) or "ELB" (the load balancers' health checks too).</summary>
    public string HealthCheckType { get; set; } = "EC2";

    /// <summary>Which instances go first when the group shrinks, in order.</summary>
    public List<string> TerminationPolicies { get; set; } = ["Default"];

    public List<GroupTagRow> Tags { get; set; } = [];

    /// <summary>Seconds after launch before health checks count.</summary>
    public int HealthCheckGracePeriod { get; set; } = 300;
}

/// <summary>A scaling group tag as typed.</summary>
public sealed class GroupTagRow
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public bool PropagateAtLaunch { get; set; } = true;
}
