using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Compute;

public sealed class ComputeInstancesTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<string> AnyImageAsync() => (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None))[0].Id;

    [Fact]
    public async Task Run_instances_launches_the_count_with_zone_key_group_user_data_and_tags()
    {
        var key = CloudFixture.Unique("key");
        await cloud.Compute.CreateKeyPairAsync(key, None);
        var group = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("sg"), "for run", null, None);

        var launched = await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(await AnyImageAsync(), "t3.micro", 2, key, [group],
            "us-east-1b", "#!/bin/sh\necho hi", Monitoring: true, Tags: [new Tag("Name", "run-test")]), None);

        Assert.Equal(2, launched.Count);
        var described = await cloud.Compute.DescribeInstancesAsync(None, [.. launched.Select(i => i.Id)]);
        Assert.All(described, i =>
        {
            Assert.Equal("us-east-1b", i.AvailabilityZone);
            Assert.Equal(key, i.KeyName);
            Assert.Equal("t3.micro", i.InstanceType);
            Assert.Equal("run-test", i.Name);
            Assert.Contains(i.SecurityGroups, g => g.Id == group);
        });
    }

    [Fact]
    public async Task The_same_answer_twice_is_one_list_and_a_change_in_the_cloud_makes_a_new_one()
    {
        var instances = new InstanceService(new Ec2Calls(cloud.Connect(pageSize: null)), new EucaConsole.Domain.Caching.IdenticalLists());
        var instance = (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(await AnyImageAsync(), "t3.micro", 1), None))[0];

        var first = await instances.DescribeInstancesAsync(None);
        Assert.Same(first, await instances.DescribeInstancesAsync(None));
        Assert.Contains(first, i => i.Id == instance.Id);

        await cloud.Compute.CreateTagsAsync([instance.Id], [new Tag("Name", CloudFixture.Unique("renamed"))], None);
        var after = await instances.DescribeInstancesAsync(None);
        Assert.NotSame(first, after);
        Assert.StartsWith("renamed-", after.Single(i => i.Id == instance.Id).Name, StringComparison.Ordinal);
        // One instance asked for by id is never a shared list.
        Assert.NotSame(await instances.DescribeInstancesAsync(None, instance.Id), await instances.DescribeInstancesAsync(None, instance.Id));
    }

    [Fact]
    public async Task Stop_start_reboot_and_terminate_move_an_instance_through_its_states()
    {
        var instance = (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(await AnyImageAsync(), "t3.micro", 1), None))[0];

        await cloud.Compute.StopInstancesAsync([instance.Id], None);
        Assert.Contains((await cloud.Compute.DescribeInstancesAsync(None, instance.Id))[0].State, new[] { "stopping", "stopped" });
        await cloud.Compute.StartInstancesAsync([instance.Id], None);
        Assert.Contains((await cloud.Compute.DescribeInstancesAsync(None, instance.Id))[0].State, new[] { "pending", "running" });
        await cloud.Compute.RebootInstancesAsync([instance.Id], None);
        await cloud.Compute.TerminateInstancesAsync([instance.Id], None);

        Assert.Contains((await cloud.Compute.DescribeInstancesAsync(None, instance.Id))[0].State, new[] { "shutting-down", "terminated" });
    }

    [Fact]
    public async Task Console_output_is_decoded_text()
    {
        var instance = (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(await AnyImageAsync(), "t3.micro", 1), None))[0];

        var output = await cloud.Compute.GetConsoleOutputAsync(instance.Id, None);

        Assert.False(string.IsNullOrWhiteSpace(output));
        Assert.DoesNotContain("=", output![^2..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_instances_follows_every_page()
    {
        var image = await AnyImageAsync();
        var tag = CloudFixture.Unique("paged");
        for (var i = 0; i < 12; i++)
        {
            await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(image, "t3.nano", 1, Tags: [new Tag("batch", tag)]), None);
        }

        using var small = cloud.Connect(pageSize: 5);
        var all = await Ec2.Over(small).DescribeInstancesAsync(None);

        Assert.Equal(12, all.Count(i => i.Tags.Contains(new Tag("batch", tag))));
        Assert.Equal(all.Count, all.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task Instance_types_are_listed()
    {
        var types = await cloud.Compute.DescribeInstanceTypesAsync(None);

        Assert.Contains(types, t => t.Name == "t3.micro" && t.VirtualCpus == 2 && t.MemoryMiB == 1024);
    }

    [Fact]
    public async Task Zones_and_regions_are_listed()
    {
        var zones = await cloud.Compute.DescribeAvailabilityZonesAsync(None);
        var regions = await cloud.Compute.DescribeRegionsAsync(None);

        Assert.Contains(zones, z => z.Name == "us-east-1a" && z.Region == "us-east-1");
        Assert.Contains(regions, r => r.Name == "eu-west-1");
    }

    [Fact]
    public async Task Stopping_an_unknown_instance_is_the_clouds_not_found_error()
    {
        var error = await Assert.ThrowsAsync<CloudException>(() => cloud.Compute.StopInstancesAsync(["i-0123456789abcdef0"], None));

        Assert.Equal(CloudErrorKind.Service, error.Kind);
        Assert.Equal(CloudService.Compute, error.Service);
        Assert.Equal("StopInstances", error.Operation);
        Assert.Equal("InvalidInstanceID.NotFound", error.Code);
        Assert.Contains("i-0123456789abcdef0", error.Message, StringComparison.Ordinal);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public async Task Tags_are_created_and_deleted()
    {
        var instance = (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(await AnyImageAsync(), "t3.micro", 1), None))[0];

        await cloud.Compute.CreateTagsAsync([instance.Id], [new Tag("Owner", "ops"), new Tag("Env", "test")], None);
        Assert.Contains(new Tag("Owner", "ops"), (await cloud.Compute.DescribeInstancesAsync(None, instance.Id))[0].Tags);
        await cloud.Compute.DeleteTagsAsync([instance.Id], ["Owner"], None);

        var tags = (await cloud.Compute.DescribeInstancesAsync(None, instance.Id))[0].Tags;
        Assert.DoesNotContain(tags, t => t.Key == "Owner");
        Assert.Contains(new Tag("Env", "test"), tags);
    }
}
