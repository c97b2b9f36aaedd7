using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Launching;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.Cloud;

/// <summary>What actually leaves for each dialect: requests recorded by a loopback stub standing in for the cloud.</summary>
public sealed class DialectRequestTests : IAsyncLifetime
{
    private const string InstanceId = "i-0123456789abcdef0";

    private const string RunInstancesReply = $"""
        <RunInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-09-15/">
          <requestId>req-1</requestId><reservationId>r-12345678</reservationId><ownerId>123456789012</ownerId><groupSet/>
          <instancesSet><item>
            <instanceId>{InstanceId}</instanceId><imageId>emi-12345678</imageId>
            <instanceState><code>0</code><name>pending</name></instanceState>
            <instanceType>m1.small</instanceType><placement><availabilityZone>eucalyptusa</availabilityZone></placement>
            <rootDeviceType>ebs</rootDeviceType><tagSet/>
          </item></instancesSet>
        </RunInstancesResponse>
        """;

    private const string CreateTagsReply = """
        <CreateTagsResponse xmlns="http://ec2.amazonaws.com/doc/2016-09-15/"><requestId>req-2</requestId><return>true</return></CreateTagsResponse>
        """;

    private TokensStub _cloud = default!;

    public async Task InitializeAsync()
    {
        _cloud = await TokensStub.StartAsync();
        _cloud.Reply = seen => seen.Form.GetValueOrDefault("Action") switch
        {
            "RunInstances" => (200, RunInstancesReply),
            "CreateTags" => (200, CreateTagsReply),
            var other => (400, $"<Response><Errors><Error><Code>Unexpected</Code><Message>{other}</Message></Error></Errors></Response>"),
        };
    }

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    private static async Task<LaunchResult> LaunchWithANameTagAsync(CloudProfile profile)
    {
        var sessions = new FixedSessionSource(new SignedInSession(profile, new CloudPrincipal("acme", "admin", null, null),
            new CloudCredentials("AKIDTEST", "secret", "token", null)));
        using var connection = new CloudConnection(sessions, Options.Create(new CloudAccessOptions { MaxErrorRetry = 0 }));
        var compute = Ec2.Over(connection);
        var launcher = new InstanceLauncher(compute, compute, new RoleInstanceProfiles(new IdentityService(connection)),
            new LaunchFormValidator(), TimeProvider.System, sessions);
        var form = new LaunchForm { ImageId = "emi-12345678", InstanceType = "m1.small" };
        form.Tags[0].Value = "web-1";
        return await launcher.LaunchAsync(form, CancellationToken.None);
    }

    private CloudProfile Eucalyptus => CloudProfile.ForEucalyptus("127.0.0.1", _cloud.Port, EucalyptusAddressing.PathStyle);

    [Fact]
    public async Task On_eucalyptus_a_launch_sends_no_tag_specification_at_version_2016_09_15_then_tags_the_new_instances()
    {
        var result = await LaunchWithANameTagAsync(Eucalyptus);

        Assert.Null(result.TaggingError);
        var requests = _cloud.Requests.ToList();
        Assert.Equal(["RunInstances", "CreateTags"], requests.Select(r => r.Form["Action"]));
        Assert.All(requests, r => Assert.Equal("/services/compute/", r.Path));
        Assert.All(requests, r => Assert.Equal("2016-09-15", r.Form["Version"]));
        Assert.DoesNotContain(requests[0].Form.Keys, key => key.StartsWith("TagSpecification", StringComparison.Ordinal));
        Assert.Equal(InstanceId, requests[1].Form["ResourceId.1"]);
        Assert.Equal("Name", requests[1].Form["Tag.1.Key"]);
        Assert.Equal("web-1", requests[1].Form["Tag.1.Value"]);
    }

    [Fact]
    public async Task On_aws_the_tags_ride_on_run_instances_at_the_sdks_version_and_nothing_follows()
    {
        var result = await LaunchWithANameTagAsync(CloudProfile.ForCompatibleEndpoint(new Uri($"http://127.0.0.1:{_cloud.Port}/"), "us-east-1"));

        Assert.Null(result.TaggingError);
        var request = Assert.Single(_cloud.Requests);
        Assert.Equal("RunInstances", request.Form["Action"]);
        Assert.Equal("2016-11-15", request.Form["Version"]);
        Assert.Equal("instance", request.Form["TagSpecification.1.ResourceType"]);
        Assert.Equal("Name", request.Form["TagSpecification.1.Tag.1.Key"]);
        Assert.Equal("web-1", request.Form["TagSpecification.1.Tag.1.Value"]);
    }

    [Fact]
    public async Task On_eucalyptus_a_failed_tagging_is_reported_with_the_launched_instances()
    {
        _cloud.Reply = seen => seen.Form["Action"] == "RunInstances"
            ? (200, RunInstancesReply)
            : (400, "<Response><Errors><Error><Code>TagLimitExceeded</Code><Message>too many tags</Message></Error></Errors><RequestID>r</RequestID></Response>");

        var result = await LaunchWithANameTagAsync(Eucalyptus);

        Assert.Equal(InstanceId, Assert.Single(result.Instances).Id);
        Assert.Equal("TagLimitExceeded", result.TaggingError?.Code);
    }

    [Fact]
    public async Task On_eucalyptus_a_role_is_created_without_a_description()
    {
        _cloud.Reply = _ => (200, """
            <CreateRoleResponse><CreateRoleResult><Role><RoleName>app</RoleName><RoleId>AROA1</RoleId><Arn>arn:aws:iam::123456789012:role/app</Arn>
            <Path>/</Path><AssumeRolePolicyDocument>%7B%7D</AssumeRolePolicyDocument></Role></CreateRoleResult></CreateRoleResponse>
            """);
        foreach (var (profile, described) in new[]
                 {
                     (Eucalyptus, false),
                     (CloudProfile.ForCompatibleEndpoint(new Uri($"http://127.0.0.1:{_cloud.Port}/"), "us-east-1"), true),
                 })
        {
            using var connection = new CloudConnection(new FixedSessionSource(new SignedInSession(profile, new CloudPrincipal("acme", "admin", null, null),
                new CloudCredentials("AKIDTEST", "secret", null, null))), Options.Create(new CloudAccessOptions { MaxErrorRetry = 0 }));

            await new IdentityService(connection).CreateRoleAsync("app", "/", "serves the app", "{}", CancellationToken.None);

            Assert.Equal(described, _cloud.Requests.Last().Form.ContainsKey("Description"));
        }
    }

    [Fact]
    public async Task On_eucalyptus_instance_types_come_from_its_vm_type_reply()
    {
        _cloud.Reply = _ => (200, """
            <DescribeInstanceTypesResponseType xmlns="http://ec2.amazonaws.com/doc/2016-09-15/"><requestId>r</requestId>
            <instanceTypeDetails><item><name>m1.small</name><cpu>1</cpu><disk>5</disk><memory>256</memory><availability/><ephemeralDisk/></item>
            </instanceTypeDetails></DescribeInstanceTypesResponseType>
            """);
        using var connection = new CloudConnection(new FixedSessionSource(new SignedInSession(Eucalyptus, new CloudPrincipal("acme", "admin", null, null),
            new CloudCredentials("AKIDTEST", "secret", null, null))), Options.Create(new CloudAccessOptions { MaxErrorRetry = 0 }));

        var types = await Ec2.Over(connection).DescribeInstanceTypesAsync(CancellationToken.None);

        var type = Assert.Single(types);
        Assert.Equal(("m1.small", 1, 256L, 5), (type.Name, type.VirtualCpus, type.MemoryMiB!.Value, type.DiskGiB!.Value));
        var request = Assert.Single(_cloud.Requests);
        Assert.Equal(("DescribeInstanceTypes", "2016-09-15", "/services/compute/"), (request.Form["Action"], request.Form["Version"], request.Path));
    }
}
