using Bunit;
using EucaConsole.Components.Pages.LoadBalancing;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Tests.Components.Launching;
using EucaConsole.Tests.Fixtures;
using MudBlazor;

namespace EucaConsole.Tests.Components.LoadBalancing;

/// <summary>The load balancer form: ELB's rules checked before the first call (counted), then one review.</summary>
public sealed class CreateBalancerTests : ConsoleComponentTest
{
    private readonly WizardTestCloud _cloud = new();

    public CreateBalancerTests()
    {
        _cloud.Register(Services);
        _cloud.Identity.Returns<IReadOnlyList<ServerCertificate>>(nameof(IIdentityService.ListServerCertificatesAsync), []);
        _cloud.Compute.Returns<IReadOnlyList<Instance>>(nameof(IAllCompute.DescribeInstancesAsync), [])
            .Returns<IReadOnlyList<Subnet>>(nameof(IAllCompute.DescribeSubnetsAsync), []);
        _cloud.LoadBalancing.Returns(nameof(ILoadBalancingService.CreateLoadBalancerAsync), "web.elb.example")
            .Completes(nameof(ILoadBalancingService.ConfigureHealthCheckAsync));
    }

    [Fact]
    public void A_bad_name_an_https_listener_without_a_certificate_and_a_long_timeout_are_refused_and_nothing_is_made()
    {
        var popovers = Render<MudPopoverProvider>();
        var page = Render<CreateBalancer>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=balancer-review-open]")));
        page.Type("balancer-name", "web_lb");
        page.Find("[data-testid=listener-add]").Click();
        page.Type("check-timeout", "45");

        page.Find("[data-testid=balancer-review-open]").Click();

        var errors = page.Find("[data-testid=form-errors]").TextContent;
        Assert.Contains("1 to 32 letters", errors, StringComparison.Ordinal);
        Assert.Contains("needs a server certificate", errors, StringComparison.Ordinal);
        Assert.Contains("shorter than the interval", errors, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=balancer-create]"));
        Assert.Equal(0, _cloud.LoadBalancing.CallsTo(nameof(ILoadBalancingService.CreateLoadBalancerAsync)));
        _ = popovers;
    }

    [Fact]
    public void A_valid_form_is_reviewed_then_made_in_its_zone_with_its_health_check()
    {
        var page = Render<CreateBalancer>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=balancer-zone]")));
        page.Type("balancer-name", "web-lb");
        page.Type("check-path", "/health");

        page.WaitForAssertion(() => Assert.Equal("/health", page.Field("check-path").GetAttribute("value")));
        page.Find("[data-testid=balancer-review-open]").Click();
        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=balancer-review]").Count > 0,
            $"no review; the form said: {(page.FindAll("[data-testid=form-errors]") is { Count: > 0 } errors ? errors[0].TextContent : "nothing")}"));
        Assert.Contains("HTTP:80/health", page.Find("[data-testid=balancer-review]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=balancer-create]").Click();

        page.WaitForAssertion(() => Assert.Equal(1, _cloud.LoadBalancing.CallsTo(nameof(ILoadBalancingService.CreateLoadBalancerAsync))));
        var create = _cloud.LoadBalancing.Calls.Single(c => c.Method == nameof(ILoadBalancingService.CreateLoadBalancerAsync));
        Assert.Equal(["us-east-1a"], (IReadOnlyList<string>)create.Args[2]!);
        var check = (HealthCheck)_cloud.LoadBalancing.Calls.Single(c => c.Method == nameof(ILoadBalancingService.ConfigureHealthCheckAsync)).Args[1]!;
        Assert.Equal("HTTP:80/health", check.Target);
    }
}
