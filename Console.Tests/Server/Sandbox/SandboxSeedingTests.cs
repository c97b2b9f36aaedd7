using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using EucaConsole.Server.Configuration;
using EucaConsole.Server.Sandbox;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Server.Sandbox;

/// <summary>Starts the sandbox the way the console does and checks everything it promises is there.</summary>
public sealed class SandboxSeedingTests(SandboxSeedingTests.RunningSandbox sandbox) : IClassFixture<SandboxSeedingTests.RunningSandbox>
{
    public sealed class RunningSandbox : IAsyncLifetime, IDisposable
    {
        private SandboxLauncher _launcher = default!;

        public SandboxCloud Cloud { get; } = new();

        public async Task InitializeAsync()
        {
            _launcher = SandboxLaunchers.For(Cloud);
            await _launcher.StartAsync(CancellationToken.None);
            await Cloud.Settled.WaitAsync(TimeSpan.FromSeconds(120));
            Assert.True(Cloud.State == SandboxState.Running, Cloud.Problem);
        }

        public async Task DisposeAsync() => await _launcher.StopAsync(CancellationToken.None);

        public void Dispose() => _launcher?.Dispose();

        public AmazonEC2Client Ec2() => new(new BasicAWSCredentials("test-reader", "test-reader-secret"),
            new AmazonEC2Config { ServiceURL = Cloud.Endpoint!.ToString(), AuthenticationRegion = "us-east-1" });

        public MotoQuery Query() => new(Cloud.Endpoint!);
    }

    [Fact]
    public async Task Own_images_cover_linux_and_windows_and_both_architectures_with_name_tags()
    {
        using var ec2 = sandbox.Ec2();
        var images = (await ec2.DescribeImagesAsync(new DescribeImagesRequest { Owners = ["self"] })).Images;

        Assert.True(images.Count >= 4);
        Assert.All(images, image => Assert.Equal("123456789012", image.OwnerId));
        Assert.All(images, image => Assert.Contains(image.Tags, tag => tag.Key == "Name" && tag.Value == image.Name));
        Assert.Contains(images, image => image.Platform == PlatformValues.Windows);
        Assert.Contains(images, image => image.Platform is null);
        Assert.Contains(images, image => image.Architecture == ArchitectureValues.X86_64);
        Assert.Contains(images, image => image.Architecture == ArchitectureValues.I386);
    }

    [Fact]
    public async Task Three_or_more_named_instances_run_in_two_zones_and_one_is_stopped()
    {
        using var ec2 = sandbox.Ec2();
        var instances = (await ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new Filter("tag-key", ["Name"])],
        })).Reservations.SelectMany(r => r.Instances).ToList();

        Assert.True(instances.Count >= 3);
        Assert.True(instances.Select(i => i.Placement.AvailabilityZone).Distinct().Count() >= 2);
        Assert.Contains(instances, i => i.State.Name == InstanceStateName.Stopped);
        Assert.Contains(instances, i => i.State.Name == InstanceStateName.Running);
    }

    [Fact]
    public async Task Security_groups_key_pair_volume_snapshot_and_elastic_ip_exist_and_are_linked()
    {
        using var ec2 = sandbox.Ec2();

        var groups = (await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest
        {
            Filters = [new Filter("group-name", ["sandbox-web", "sandbox-app"])],
        })).SecurityGroups;
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.NotEmpty(g.IpPermissions));

        Assert.Contains((await ec2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest())).KeyPairs, k => k.KeyName == "sandbox-key");

        var volume = Assert.Single((await ec2.DescribeVolumesAsync(new DescribeVolumesRequest
        {
            Filters = [new Filter("tag:Name", ["web-1-data"])],
        })).Volumes);
        var attachment = Assert.Single(volume.Attachments);
        Assert.Equal(VolumeAttachmentState.Attached, attachment.State);

        var snapshots = (await ec2.DescribeSnapshotsAsync(new DescribeSnapshotsRequest
        {
            Filters = [new Filter("volume-id", [volume.VolumeId])],
        })).Snapshots;
        Assert.Single(snapshots);

        // One address on web-1, one free to associate; one volume attached, one detached, so each page has something to act on.
        var addresses = (await ec2.DescribeAddressesAsync(new DescribeAddressesRequest())).Addresses;
        Assert.Equal(2, addresses.Count);
        Assert.Contains(addresses, a => a.InstanceId == attachment.InstanceId);
        Assert.Contains(addresses, a => string.IsNullOrEmpty(a.InstanceId));
        var scratch = Assert.Single((await ec2.DescribeVolumesAsync(new DescribeVolumesRequest
        {
            Filters = [new Filter("tag:Name", ["scratch"])],
        })).Volumes);
        Assert.True(scratch.Attachments is null or { Count: 0 });
    }

    [Fact]
    public async Task An_ec2_role_with_its_instance_profile_exists()
    {
        var query = sandbox.Query();

        var role = await query.CallAsync("iam", "GetRole", new() { ["RoleName"] = "sandbox-web-role" });
        var profiles = await query.CallAsync("iam", "ListInstanceProfilesForRole", new() { ["RoleName"] = "sandbox-web-role" });

        Assert.Contains("ec2.amazonaws.com", Uri.UnescapeDataString(role.Value("AssumeRolePolicyDocument")), StringComparison.Ordinal);
        Assert.Contains("sandbox-web-role", profiles.Values("InstanceProfileName"));
    }

    [Fact]
    public async Task Load_balancer_launch_configuration_and_scaling_group_are_wired_together()
    {
        var query = sandbox.Query();

        var balancers = await query.CallAsync("elasticloadbalancing", "DescribeLoadBalancers");
        var configurations = await query.CallAsync("autoscaling", "DescribeLaunchConfigurations");
        var groups = await query.CallAsync("autoscaling", "DescribeAutoScalingGroups");

        Assert.Contains("sandbox-web-lb", balancers.Values("LoadBalancerName"));
        Assert.Equal("80", balancers.Value("LoadBalancerPort"));
        Assert.Equal("8888", balancers.Value("InstancePort"));
        Assert.Equal("sandbox-web-lc", configurations.Value("LaunchConfigurationName"));
        Assert.EndsWith("instance-profile/sandbox-web-role", configurations.Value("IamInstanceProfile"), StringComparison.Ordinal);
        Assert.Equal("sandbox-web-lc", groups.Value("LaunchConfigurationName"));
        Assert.Contains("sandbox-web-lb", groups.Descendants().Where(e => e.Name.LocalName == "LoadBalancerNames").SelectMany(e => e.Elements()).Select(e => e.Value));
    }

    [Fact]
    public async Task The_demo_user_key_signs_in_to_the_sandbox()
    {
        var signIn = new EucaConsole.Domain.SignIn.AwsSignIn(Options.Create(new EucaConsole.Domain.SignIn.SignInOptions()),
            NullLogger<EucaConsole.Domain.SignIn.AwsSignIn>.Instance);

        var session = await signIn.SignInAsync(sandbox.Cloud.Profile!, sandbox.Cloud.DemoUser!.AccessKeyId,
            sandbox.Cloud.DemoUser.SecretAccessKey, CancellationToken.None);

        Assert.Equal("arn:aws:iam::123456789012:user/sandbox/demo", session.Principal.Arn);
    }

    [Fact]
    public async Task A_demo_stack_with_constrained_parameters_exists()
    {
        var stacks = await sandbox.Query().CallAsync("cloudformation", "DescribeStacks");

        Assert.Contains("sandbox-batch", stacks.Values("StackName"));
        Assert.Contains("WorkerSlots", stacks.Values("ParameterKey"));
    }
}

public sealed class SandboxUnavailableTests
{
    [Fact]
    public async Task Without_moto_server_the_sandbox_says_how_to_install_it()
    {
        var cloud = new SandboxCloud();
        using var launcher = SandboxLaunchers.For(cloud, new SandboxOptions { MotoServer = "/nonexistent/moto_server" });

        await launcher.StartAsync(CancellationToken.None);
        await cloud.Settled.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(SandboxState.NotInstalled, cloud.State);
        Assert.Contains("pip install \"moto[server]\"", cloud.Problem, StringComparison.Ordinal);
        Assert.Null(cloud.Profile);
    }

    [Fact]
    public async Task With_a_cloud_configured_the_sandbox_stays_off()
    {
        var cloud = new SandboxCloud();
        using var launcher = SandboxLaunchers.For(cloud,
            cloudOptions: new CloudOptions { Kind = EucaConsole.Domain.Cloud.CloudKind.Eucalyptus, Host = "cloud.test" });

        await launcher.StartAsync(CancellationToken.None);
        await cloud.Settled.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(SandboxState.Disabled, cloud.State);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8888")]
    [InlineData("http://[::]:8888")]
    [InlineData("http://*:8888")]
    [InlineData("http://192.0.2.10:8888")]
    public async Task On_a_non_loopback_address_the_sandbox_stays_off_unless_enabled_explicitly(string listening)
    {
        var cloud = new SandboxCloud();
        using var launcher = SandboxLaunchers.For(cloud, new SandboxOptions { MotoServer = "/nonexistent/moto_server" },
            listening: ["http://127.0.0.1:8888", listening]);

        await launcher.StartAsync(CancellationToken.None);
        await cloud.Settled.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(SandboxState.Disabled, cloud.State);
        Assert.Contains("Sandbox:Enabled=true", cloud.Problem, StringComparison.Ordinal);

        // Said explicitly, it goes on (here: as far as looking for moto_server).
        var enabled = new SandboxCloud();
        using var explicitLauncher = SandboxLaunchers.For(enabled, new SandboxOptions { Enabled = true, MotoServer = "/nonexistent/moto_server" },
            listening: [listening]);
        await explicitLauncher.StartAsync(CancellationToken.None);
        await enabled.Settled.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(SandboxState.NotInstalled, enabled.State);
    }

    [Theory]
    [InlineData("http://localhost:8888", true)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("https://0.0.0.0:443", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://console.example.com:80", false)]
    public void Listen_addresses_are_read_as_loopback_or_not(string address, bool loopback) =>
        Assert.Equal(loopback, ListenAddress.IsLoopback(address));
}
