using System.Text;
using System.Xml.Linq;
using EucaConsole.Domain.Cloud.Query;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Scaling;

/// <summary>Reply mapping of the Auto Scaling 2011-01-01 operations.</summary>
internal static class ScalingReplies
{
    public static IEnumerable<LaunchConfiguration> LaunchConfigurations(XElement result) =>
        result.Members("LaunchConfigurations").Select(c => new LaunchConfiguration(
            c.Required("LaunchConfigurationName"),
            c.Text("LaunchConfigurationARN"),
            c.Required("ImageId"),
            c.Required("InstanceType"),
            NullIfEmpty(c.Text("KeyName")),
            c.Strings("SecurityGroups"),
            Decode(c.Text("UserData")),
            NullIfEmpty(c.Text("IamInstanceProfile")),
            c.Child("InstanceMonitoring")?.Flag("Enabled") ?? false,
            [.. c.Members("BlockDeviceMappings").Select(b => new BlockDevice(b.Required("DeviceName"), b.Child("Ebs")?.Text("SnapshotId"),
                b.Child("Ebs")?.Number("VolumeSize"), b.Child("Ebs")?.Text("VolumeType"), b.Child("Ebs")?.Flag("DeleteOnTermination"), b.Text("VirtualName")))],
            c.Date("CreatedTime")));

    public static IEnumerable<ScalingGroup> Groups(XElement result) =>
        result.Members("AutoScalingGroups").Select(g => new ScalingGroup(
            g.Required("AutoScalingGroupName"),
            g.Text("AutoScalingGroupARN"),
            g.Text("LaunchConfigurationName"),
            g.Number("MinSize") ?? throw new FormatException("group without MinSize"),
            g.Number("MaxSize") ?? throw new FormatException("group without MaxSize"),
            g.Number("DesiredCapacity") ?? throw new FormatException("group without DesiredCapacity"),
            g.Number("DefaultCooldown"),
            g.Strings("AvailabilityZones"),
            g.Strings("LoadBalancerNames"),
            g.Text("HealthCheckType") ?? "EC2",
            g.Number("HealthCheckGracePeriod"),
            [.. g.Members("Instances").Select(i => new ScalingGroupInstance(i.Required("InstanceId"), i.Text("AvailabilityZone") ?? string.Empty,
                i.Text("LifecycleState") ?? string.Empty, i.Text("HealthStatus") ?? string.Empty, i.Text("LaunchConfigurationName")))],
            [.. g.Members("Tags").Select(t => new Tag(t.Required("Key"), t.Text("Value") ?? string.Empty))],
            g.Date("CreatedTime"),
            g.Text("Status"),
            [.. g.Members("SuspendedProcesses").Select(p => p.Required("ProcessName"))]));

    public static IEnumerable<ScalingActivity> Activities(XElement result) =>
        result.Members("Activities").Select(a => new ScalingActivity(
            a.Required("ActivityId"),
            a.Text("AutoScalingGroupName") ?? string.Empty,
            a.Text("Description"),
            a.Text("Cause"),
            a.Text("StatusCode") ?? string.Empty,
            a.Number("Progress"),
            a.Date("StartTime"),
            a.Date("EndTime")));

    public static IEnumerable<ScalingPolicy> Policies(XElement result) =>
        result.Members("ScalingPolicies").Select(p => new ScalingPolicy(
            p.Required("PolicyName"),
            p.Text("PolicyARN"),
            p.Text("AutoScalingGroupName") ?? string.Empty,
            p.Text("AdjustmentType"),
            p.Number("ScalingAdjustment"),
            p.Number("Cooldown"),
            p.Text("PolicyType") ?? "SimpleScaling",
            [.. p.Members("StepAdjustments").Select(s => new StepAdjustment(Bound(s.Text("MetricIntervalLowerBound")), Bound(s.Text("MetricIntervalUpperBound")),
                s.Number("ScalingAdjustment") ?? 0))]));

    private static double? Bound(string? text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string? Decode(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        // Some clouds return user data as given rather than base64; show it as it is then.
        Span<byte> buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? Encoding.UTF8.GetString(buffer[..written]) : base64;
    }
}
