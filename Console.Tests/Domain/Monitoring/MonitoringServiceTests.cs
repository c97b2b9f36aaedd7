using EucaConsole.Domain.Cloud.Query;
using EucaConsole.Domain.Monitoring;
using EucaConsole.Domain.Scaling;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Monitoring;

public sealed class MonitoringServiceTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_alarms_that_run_a_groups_policy_are_found_and_others_are_not()
    {
        var image = (await cloud.Compute.DescribeImagesAsync(new EucaConsole.Domain.Compute.ImageQuery(["amazon"], []), None))[0].Id;
        var configuration = CloudFixture.Unique("alarm-lc");
        await cloud.Scaling.CreateLaunchConfigurationAsync(new LaunchConfigurationSpec(configuration, image, "t3.micro"), None);
        var group = CloudFixture.Unique("alarm-group");
        await cloud.Scaling.CreateScalingGroupAsync(new ScalingGroupSpec(group, configuration, 0, 0, 2, ["us-east-1a"]), None);
        await cloud.Scaling.PutScalingPolicyAsync(group, "up", "ChangeInCapacity", 1, 300, None);
        // moto's PutScalingPolicy reply leaves the ARN out; the group's policies give it.
        var policyArn = Assert.Single(await cloud.Scaling.DescribePoliciesAsync(group, None)).Arn;
        var alarm = CloudFixture.Unique("cpu-high");
        var query = await cloud.Connect(null).QueryAsync(QueryApi.CloudWatch, None);
        await query.CallAsync("PutMetricAlarm", new QueryParameters().Add("AlarmName", alarm).Add("MetricName", "CPUUtilization")
            .Add("Namespace", "AWS/EC2").Add("Statistic", "Average").Add("Period", 300).Add("EvaluationPeriods", 1).Add("Threshold", "70")
            .Add("ComparisonOperator", "GreaterThanThreshold").AddList("AlarmActions", [policyArn!]), None);
        await query.CallAsync("PutMetricAlarm", new QueryParameters().Add("AlarmName", CloudFixture.Unique("unrelated")).Add("MetricName", "CPUUtilization")
            .Add("Namespace", "AWS/EC2").Add("Statistic", "Average").Add("Period", 300).Add("EvaluationPeriods", 1).Add("Threshold", "10")
            .Add("ComparisonOperator", "LessThanThreshold"), None);

        var found = await new MonitoringService(cloud.Connect(null)).DescribeAlarmsForActionsAsync([policyArn!], None);

        var only = Assert.Single(found);
        Assert.Equal((alarm, "CPUUtilization", "GreaterThanThreshold", 70d), (only.Name, only.MetricName, only.ComparisonOperator, only.Threshold ?? 0));
    }
}
