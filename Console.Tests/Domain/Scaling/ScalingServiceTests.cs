using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Scaling;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Scaling;

public sealed class ScalingServiceTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<string> ImageAsync() => (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None))[0].Id;

    private async Task<string> LaunchConfigurationAsync()
    {
        var name = CloudFixture.Unique("lc");
        await cloud.Scaling.CreateLaunchConfigurationAsync(new LaunchConfigurationSpec(name, await ImageAsync(), "t3.micro"), None);
        return name;
    }

    [Fact]
    public async Task A_launch_configuration_carries_profile_user_data_groups_key_devices_and_monitoring()
    {
        var name = CloudFixture.Unique("full-lc");
        var key = CloudFixture.Unique("key");
        await cloud.Compute.CreateKeyPairAsync(key, None);
        var group = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("lc-sg"), "for lc", null, None);
        var role = await cloud.Identity.CreateRoleAsync(CloudFixture.Unique("lc-role"), null, null, TrustPolicies.Ec2, None);
        var profile = await cloud.Identity.CreateInstanceProfileAsync(role.Name, null, None);

        await cloud.Scaling.CreateLaunchConfigurationAsync(new LaunchConfigurationSpec(name, await ImageAsync(), "m5.large", key, [group],
            "#!/bin/sh\necho scaled", profile.Arn, Monitoring: true, [new BlockDevice("/dev/sdb", null, 20, "gp3", true, null)]), None);

        var configuration = Assert.Single(await cloud.Scaling.DescribeLaunchConfigurationsAsync(None, name));
        Assert.Equal("m5.large", configuration.InstanceType);
        Assert.Equal(key, configuration.KeyName);
        Assert.Contains(group, configuration.SecurityGroups);
        Assert.Equal("#!/bin/sh\necho scaled", configuration.UserData);
        Assert.Equal(profile.Arn, configuration.IamInstanceProfile);
        Assert.True(configuration.Monitoring);
        Assert.Contains(configuration.BlockDevices, d => d.DeviceName == "/dev/sdb" && d.VolumeSize == 20);
    }

    [Fact]
    public async Task A_launch_configuration_is_deleted()
    {
        var name = await LaunchConfigurationAsync();

        await cloud.Scaling.DeleteLaunchConfigurationAsync(name, None);

        Assert.Empty(await cloud.Scaling.DescribeLaunchConfigurationsAsync(None, name));
    }

    [Fact]
    public async Task Describe_launch_configurations_follows_every_page()
    {
        var image = await ImageAsync();
        var prefix = CloudFixture.Unique("many");
        for (var i = 0; i < 120; i++)
        {
            await cloud.Scaling.CreateLaunchConfigurationAsync(new LaunchConfigurationSpec($"{prefix}-{i:000}", image, "t3.nano"), None);
        }

        using var small = cloud.Connect(pageSize: 50);
        var all = await new ScalingService(small).DescribeLaunchConfigurationsAsync(None);

        Assert.Equal(120, all.Count(c => c.Name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_group_is_created_resized_and_force_deleted()
    {
        var configuration = await LaunchConfigurationAsync();
        var name = CloudFixture.Unique("asg");

        await cloud.Scaling.CreateScalingGroupAsync(new ScalingGroupSpec(name, configuration, 1, 2, 4, ["us-east-1a", "us-east-1b"],
            HealthCheckGracePeriod: 300, Tags: [new GroupTag("Name", name)]), None);
        var group = Assert.Single(await cloud.Scaling.DescribeScalingGroupsAsync(None, name));
        Assert.Equal((1, 2, 4), (group.MinSize, group.DesiredCapacity, group.MaxSize));
        Assert.Equal(2, group.Instances.Count);
        Assert.Equal(["us-east-1a", "us-east-1b"], group.AvailabilityZones.Order());
        Assert.Contains(new Tag("Name", name), group.Tags);

        await cloud.Scaling.UpdateScalingGroupSizeAsync(name, 0, 3, 6, None);
        group = Assert.Single(await cloud.Scaling.DescribeScalingGroupsAsync(None, name));
        Assert.Equal((0, 3, 6), (group.MinSize, group.DesiredCapacity, group.MaxSize));

        await cloud.Scaling.SetDesiredCapacityAsync(name, 1, honorCooldown: false, None);
        group = Assert.Single(await cloud.Scaling.DescribeScalingGroupsAsync(None, name));
        Assert.Equal(1, group.DesiredCapacity);
        Assert.Single(group.Instances);

        // moto records no activities; their mapping is covered by ScalingRepliesTests with a recorded reply.
        Assert.All(await cloud.Scaling.DescribeScalingActivitiesAsync(name, None), a => Assert.Equal(name, a.GroupName));

        await cloud.Scaling.DeleteScalingGroupAsync(name, force: true, None);
        Assert.Empty(await cloud.Scaling.DescribeScalingGroupsAsync(None, name));
    }

    [Fact]
    public async Task Policies_are_put_listed_executed_and_deleted()
    {
        var name = CloudFixture.Unique("asg-pol");
        await cloud.Scaling.CreateScalingGroupAsync(new ScalingGroupSpec(name, await LaunchConfigurationAsync(), 1, 1, 5, ["us-east-1a"]), None);

        await cloud.Scaling.PutScalingPolicyAsync(name, "scale-out", "ChangeInCapacity", 2, 60, None);
        var policy = Assert.Single(await cloud.Scaling.DescribePoliciesAsync(name, None));
        Assert.NotNull(policy.Arn);
        Assert.Equal(("scale-out", "ChangeInCapacity", 2), (policy.Name, policy.AdjustmentType, policy.ScalingAdjustment));

        await cloud.Scaling.ExecutePolicyAsync(name, "scale-out", honorCooldown: false, None);
        Assert.Equal(3, Assert.Single(await cloud.Scaling.DescribeScalingGroupsAsync(None, name)).DesiredCapacity);

        await cloud.Scaling.DeletePolicyAsync(name, "scale-out", None);
        Assert.Empty(await cloud.Scaling.DescribePoliciesAsync(name, None));
    }

    [Fact]
    public async Task An_instance_terminated_in_its_group_lowers_the_desired_capacity()
    {
        var name = CloudFixture.Unique("asg-term");
        await cloud.Scaling.CreateScalingGroupAsync(new ScalingGroupSpec(name, await LaunchConfigurationAsync(), 0, 2, 3, ["us-east-1a"]), None);
        var instance = Assert.Single(await cloud.Scaling.DescribeScalingGroupsAsync(None, name)).Instances[0];

        await cloud.Scaling.TerminateInstanceInGroupAsync(instance.InstanceId, decrementDesiredCapacity: true, None);

        var group = Assert.Single(await cloud.Scaling.DescribeScalingGroupsAsync(None, name));
        Assert.Equal(1, group.DesiredCapacity);
        Assert.DoesNotContain(group.Instances, i => i.InstanceId == instance.InstanceId);
    }

    [Fact]
    public async Task Deleting_an_unknown_group_is_the_clouds_validation_error()
    {
        var error = await Assert.ThrowsAsync<CloudException>(() => cloud.Scaling.DeleteScalingGroupAsync("no-such-group", force: false, None));

        Assert.Equal(CloudService.AutoScaling, error.Service);
        Assert.Equal("ValidationError", error.Code);
        Assert.Contains("no-such-group", error.Message, StringComparison.Ordinal);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public async Task Processes_are_suspended_and_resumed_and_an_instance_is_marked_unhealthy()
    {
        var name = CloudFixture.Unique("processes");
        await cloud.Scaling.CreateScalingGroupAsync(new ScalingGroupSpec(name, await LaunchConfigurationAsync(), 1, 1, 2, ["us-east-1a"]), None);

        await cloud.Scaling.SuspendProcessesAsync(name, ["Launch", "AZRebalance"], None);
        Assert.Equal(["AZRebalance", "Launch"], (await cloud.Scaling.DescribeScalingGroupsAsync(None, name))[0].SuspendedProcesses!.Order());
        await cloud.Scaling.ResumeProcessesAsync(name, ["Launch"], None);
        Assert.Equal(["AZRebalance"], (await cloud.Scaling.DescribeScalingGroupsAsync(None, name))[0].SuspendedProcesses);

        var instance = (await cloud.Scaling.DescribeScalingGroupsAsync(None, name))[0].Instances[0];
        await cloud.Scaling.SetInstanceHealthAsync(instance.InstanceId, "Unhealthy", None);
        Assert.Equal("Unhealthy", (await cloud.Scaling.DescribeScalingGroupsAsync(None, name))[0].Instances.Single(i => i.InstanceId == instance.InstanceId)
            .HealthStatus);
    }

    [Theory]
    [InlineData(1, 2, 3, true)]
    [InlineData(0, 0, 0, true)]
    [InlineData(2, 1, 3, false)]
    [InlineData(1, 4, 3, false)]
    [InlineData(3, 3, 2, false)]
    [InlineData(-1, 0, 1, false)]
    [InlineData(0, 1, 5000, false)]
    public void Sizes_are_checked_together(int min, int desired, int max, bool valid) =>
        Assert.Equal(valid, new CapacityForm(min, desired, max).Problems().Count == 0);

    [Fact]
    public async Task A_step_policy_is_made_and_read_back_with_its_steps()
    {
        var name = CloudFixture.Unique("steps");
        await cloud.Scaling.CreateScalingGroupAsync(new ScalingGroupSpec(name, await LaunchConfigurationAsync(), 0, 0, 4, ["us-east-1a"]), None);
        IReadOnlyList<StepAdjustment> steps = [new(0, 20, 1), new(20, null, 2)];

        await cloud.Scaling.PutStepScalingPolicyAsync(name, "cpu-steps", "ChangeInCapacity", steps, None);

        var policy = Assert.Single(await cloud.Scaling.DescribePoliciesAsync(name, None));
        Assert.Equal("StepScaling", policy.PolicyType);
        Assert.Equal(steps, policy.Steps);
    }

    [Theory]
    [InlineData(new double[] { 0, 20, 20, double.NaN }, null)]
    [InlineData(new double[] { double.NaN, 0, 0, double.NaN }, null)]
    [InlineData(new double[] { 0, 20, 30, double.NaN }, "without gaps")]
    [InlineData(new double[] { 0, 20, 10, double.NaN }, "without gaps")]
    [InlineData(new double[] { 20, 10 }, "lower bound is below")]
    [InlineData(new double[] { double.NaN, 0, double.NaN, 5 }, "open below")]
    public void Steps_meet_without_gaps_or_overlaps(double[] bounds, string? problem)
    {
        static double? Bound(double value) => double.IsNaN(value) ? null : value;
        var steps = bounds.Chunk(2).Select(pair => new StepAdjustment(Bound(pair[0]), Bound(pair[1]), 1)).ToList();

        var found = StepAdjustment.Problem(steps);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }
}
