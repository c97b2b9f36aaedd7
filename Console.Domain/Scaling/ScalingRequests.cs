using System.Text;
using EucaConsole.Domain.Cloud.Query;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Scaling;

/// <summary>Parameter mapping of the Auto Scaling 2011-01-01 operations (names as in botocore's model).</summary>
internal static class ScalingRequests
{
    public static QueryParameters CreateLaunchConfiguration(LaunchConfigurationSpec spec) => new QueryParameters()
        .Add("LaunchConfigurationName", spec.Name)
        .Add("ImageId", spec.ImageId)
        .Add("InstanceType", spec.InstanceType)
        .Add("KeyName", spec.KeyName)
        .AddList("SecurityGroups", spec.SecurityGroups)
        .Add("UserData", spec.UserData is { Length: > 0 } data ? Convert.ToBase64String(Encoding.UTF8.GetBytes(data)) : null)
        .Add("IamInstanceProfile", spec.IamInstanceProfile)
        .Add("InstanceMonitoring.Enabled", spec.Monitoring)
        .AddMembers("BlockDeviceMappings", spec.BlockDevices, (p, prefix, device) => p
            .Add($"{prefix}.DeviceName", device.DeviceName)
            .Add($"{prefix}.VirtualName", device.VirtualName)
            .Add($"{prefix}.Ebs.SnapshotId", device.SnapshotId)
            .Add($"{prefix}.Ebs.VolumeSize", device.VolumeSize)
            .Add($"{prefix}.Ebs.VolumeType", device.VolumeType)
            .Add($"{prefix}.Ebs.DeleteOnTermination", device.DeleteOnTermination));

    public static QueryParameters CreateAutoScalingGroup(ScalingGroupSpec spec) => new QueryParameters()
        .Add("AutoScalingGroupName", spec.Name)
        .Add("LaunchConfigurationName", spec.LaunchConfigurationName)
        .Add("MinSize", spec.MinSize)
        .Add("DesiredCapacity", spec.DesiredCapacity)
        .Add("MaxSize", spec.MaxSize)
        .AddList("AvailabilityZones", spec.AvailabilityZones)
        .AddList("LoadBalancerNames", spec.LoadBalancerNames)
        .Add("HealthCheckType", spec.HealthCheckType)
        .Add("HealthCheckGracePeriod", spec.HealthCheckGracePeriod)
        .AddMembers("Tags", spec.Tags, (p, prefix, tag) => p
            .Add($"{prefix}.Key", tag.Key)
            .Add($"{prefix}.Value", tag.Value)
            .Add($"{prefix}.PropagateAtLaunch", tag.PropagateAtLaunch)
            .Add($"{prefix}.ResourceId", spec.Name)
            .Add($"{prefix}.ResourceType", "auto-scaling-group"))
        .AddList("TerminationPolicies", spec.TerminationPolicies);

    public static QueryParameters UpdateAutoScalingGroup(string name, int? minSize, int? desiredCapacity, int? maxSize) => new QueryParameters()
        .Add("AutoScalingGroupName", name)
        .Add("MinSize", minSize)
        .Add("DesiredCapacity", desiredCapacity)
        .Add("MaxSize", maxSize);

    public static QueryParameters PutScalingPolicy(string groupName, string policyName, string adjustmentType, int scalingAdjustment, int? cooldown) =>
        new QueryParameters()
            .Add("AutoScalingGroupName", groupName)
            .Add("PolicyName", policyName)
            .Add("PolicyType", "SimpleScaling")
            .Add("AdjustmentType", adjustmentType)
            .Add("ScalingAdjustment", scalingAdjustment)
            .Add("Cooldown", cooldown);

    public static QueryParameters PutStepScalingPolicy(string groupName, string policyName, string adjustmentType, IReadOnlyList<StepAdjustment> steps) =>
        new QueryParameters()
            .Add("AutoScalingGroupName", groupName)
            .Add("PolicyName", policyName)
            .Add("PolicyType", "StepScaling")
            .Add("AdjustmentType", adjustmentType)
            .Add("MetricAggregationType", "Average")
            .AddMembers("StepAdjustments", steps, (p, prefix, step) => p
                .Add($"{prefix}.MetricIntervalLowerBound", step.LowerBound?.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add($"{prefix}.MetricIntervalUpperBound", step.UpperBound?.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add($"{prefix}.ScalingAdjustment", step.Adjustment));
}
