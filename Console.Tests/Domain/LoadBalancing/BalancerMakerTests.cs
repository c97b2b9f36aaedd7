using EucaConsole.Domain.Compute;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Tests.Fixtures;
using FluentValidation;

namespace EucaConsole.Tests.Domain.LoadBalancing;

public sealed class BalancerMakerTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static string Name() => "lb-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<Instance> InstanceAsync()
    {
        var image = (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None))[0].Id;
        return (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(image, "t3.micro", 1, AvailabilityZone: "us-east-1a"), None))[0];
    }

    [Fact]
    public async Task A_balancer_is_made_with_its_listener_health_check_and_instance_and_reports_its_health()
    {
        var instance = await InstanceAsync();
        var form = new BalancerForm { Name = Name(), Zones = ["us-east-1a"], InstanceIds = [instance.Id] };
        form.Check.Path = "/health";

        var made = await new BalancerMaker(cloud.LoadBalancing, new BalancerFormValidator()).CreateAsync(form, None);

        Assert.Null(made.Problem);
        var summary = Assert.Single(await BalancerSummary.LoadAsync(cloud.LoadBalancing, None), b => b.Balancer.Name == form.Name);
        Assert.Equal("HTTP:80/health", summary.Balancer.HealthCheck?.Target);
        Assert.Equal([instance.Id], summary.Health.Select(h => h.InstanceId));
    }

    [Fact]
    public async Task A_failure_after_the_balancer_exists_says_what_was_done()
    {
        // moto registers any instance id, so the refusal is the one a real ELB gives, recorded.
        var (service, calls) = AnsweringService.Create<ILoadBalancingService>();
        calls.Returns(nameof(ILoadBalancingService.CreateLoadBalancerAsync), "web-1.elb.example")
            .Completes(nameof(ILoadBalancingService.ConfigureHealthCheckAsync))
            .Throws(nameof(ILoadBalancingService.RegisterInstancesAsync), new EucaConsole.Domain.Cloud.CloudException(
                EucaConsole.Domain.Cloud.CloudErrorKind.Service, EucaConsole.Domain.Cloud.CloudService.LoadBalancing, "RegisterInstancesWithLoadBalancer",
                new Uri("https://elasticloadbalancing.us-east-1.amazonaws.com/"), "The instance i-0123456789abcdef0 is not in a valid state", "InvalidInstance", 400));
        var form = new BalancerForm { Name = "web-1", Zones = ["us-east-1a"], InstanceIds = ["i-0123456789abcdef0"] };

        var made = await new BalancerMaker(service, new BalancerFormValidator()).CreateAsync(form, None);

        Assert.Contains("InvalidInstance", made.Problem, StringComparison.Ordinal);
        Assert.Equal("Load balancer web-1 was made (created web-1 (web-1.elb.example); health check HTTP:80/), but then: " + made.Problem, made.Describe());
    }

    [Fact]
    public async Task A_vpc_balancer_is_placed_in_subnets_with_its_security_group_and_its_attributes_are_set_and_read_back()
    {
        var subnet = (await cloud.Compute.DescribeSubnetsAsync(None)).First(s => s.AvailabilityZone == "us-east-1a");
        var group = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("lb-sg"), "balancer", subnet.VpcId, None);
        var form = new BalancerForm
        {
            Name = Name(), Subnets = [subnet.Id], SecurityGroups = [group], CrossZone = true, Draining = true, DrainingTimeout = 120,
        };

        var made = await new BalancerMaker(cloud.LoadBalancing, new BalancerFormValidator()).CreateAsync(form, None);

        Assert.Null(made.Problem);
        var balancer = Assert.Single(await cloud.LoadBalancing.DescribeLoadBalancersAsync(None, form.Name));
        Assert.Equal(subnet.VpcId, balancer.VpcId);
        Assert.Contains(group, balancer.SecurityGroups);
        Assert.Equal(new BalancerAttributes(true, true, 120), await cloud.LoadBalancing.DescribeAttributesAsync(form.Name, None));
        await cloud.LoadBalancing.ModifyAttributesAsync(form.Name, BalancerAttributes.Default, None);
        Assert.Equal(BalancerAttributes.Default, await cloud.LoadBalancing.DescribeAttributesAsync(form.Name, None));
    }

    [Theory]
    [InlineData("bad_name", "HTTP", "", 30, 5, "1 to 32 letters")]
    [InlineData("web", "HTTPS", "", 30, 5, "needs a server certificate")]
    [InlineData("web", "HTTP", "", 10, 10, "shorter than the interval")]
    public async Task A_form_breaking_an_elb_rule_sends_nothing(string name, string protocol, string certificate, int interval, int timeout, string reason)
    {
        var (service, calls) = AnsweringService.Create<ILoadBalancingService>();
        var form = new BalancerForm { Name = name, Zones = ["us-east-1a"], Listeners = [new ListenerRow { Protocol = protocol, CertificateArn = certificate }] };
        form.Check.Interval = interval;
        form.Check.Timeout = timeout;

        var refused = await Assert.ThrowsAsync<ValidationException>(() => new BalancerMaker(service, new BalancerFormValidator()).CreateAsync(form, None));

        Assert.Contains(refused.Errors, e => e.ErrorMessage.Contains(reason, StringComparison.Ordinal));
        Assert.Empty(calls.Calls);
    }
}
