namespace EucaConsole.Domain.Scaling;

/// <summary>Auto Scaling: launch configurations, scaling groups, activities, policies.</summary>
public interface IScalingService
{
    Task<IReadOnlyList<LaunchConfiguration>> DescribeLaunchConfigurationsAsync(CancellationToken cancellationToken, params string[] names);

    Task CreateLaunchConfigurationAsync(LaunchConfigurationSpec spec, CancellationToken cancellationToken);

    Task DeleteLaunchConfigurationAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<ScalingGroup>> DescribeScalingGroupsAsync(CancellationToken cancellationToken, params string[] names);

    Task CreateScalingGroupAsync(ScalingGroupSpec spec, CancellationToken cancellationToken);

    /// <summary>Changes any of min, desired and max (null leaves a value as it is).</summary>
    Task UpdateScalingGroupSizeAsync(string name, int? minSize, int? desiredCapacity, int? maxSize, CancellationToken cancellationToken);

    Task SetDesiredCapacityAsync(string name, int desiredCapacity, bool honorCooldown, CancellationToken cancellationToken);

    /// <summary>Deletes a group; <paramref name="force"/> also terminates its instances.</summary>
    Task DeleteScalingGroupAsync(string name, bool force, CancellationToken cancellationToken);

    Task<IReadOnlyList<ScalingActivity>> DescribeScalingActivitiesAsync(string groupName, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a simple scaling policy; returns its ARN when the cloud sends it (moto 5.2.1 does not).</summary>
    Task<string?> PutScalingPolicyAsync(string groupName, string policyName, string adjustmentType, int scalingAdjustment, int? cooldown,
        CancellationToken cancellationToken);

    Task<IReadOnlyList<ScalingPolicy>> DescribePoliciesAsync(string groupName, CancellationToken cancellationToken);

    Task DeletePolicyAsync(string groupName, string policyName, CancellationToken cancellationToken);

    Task ExecutePolicyAsync(string groupName, string policyName, bool honorCooldown, CancellationToken cancellationToken);

    /// <summary>Terminates one instance of a group, optionally lowering the desired capacity so it is not replaced.</summary>
    Task TerminateInstanceInGroupAsync(string instanceId, bool decrementDesiredCapacity, CancellationToken cancellationToken);

    /// <summary>"Healthy" or "Unhealthy"; an unhealthy instance is replaced by the group.</summary>
    Task SetInstanceHealthAsync(string instanceId, string healthStatus, CancellationToken cancellationToken);

    Task SuspendProcessesAsync(string groupName, IReadOnlyList<string> processes, CancellationToken cancellationToken);

    Task ResumeProcessesAsync(string groupName, IReadOnlyList<string> processes, CancellationToken cancellationToken);

    /// <summary>A step scaling policy (run by an alarm; each step says how much to adjust for how far past the threshold).</summary>
    Task PutStepScalingPolicyAsync(string groupName, string policyName, string adjustmentType, IReadOnlyList<StepAdjustment> steps,
        CancellationToken cancellationToken);
}
