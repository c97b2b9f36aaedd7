using Bunit;
using EucaConsole.Components.Pages.Launch;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Domain.Scaling;
using EucaConsole.Tests.Components.Launching;
using MudBlazor;

namespace EucaConsole.Tests.Components.Scaling;

/// <summary>The scaling group form: health check type, termination policies and tags checked before the group is made (calls counted).</summary>
public sealed class ScalingGroupFormTests : ConsoleComponentTest
{
    private readonly WizardTestCloud _cloud = new();

    public ScalingGroupFormTests()
    {
        _cloud.Register(Services);
        _cloud.LoadBalancing.Returns<IReadOnlyList<LoadBalancer>>(nameof(ILoadBalancingService.DescribeLoadBalancersAsync),
            [new("web-lb", "web-lb.elb.example", null, ["us-east-1a"], [], null, [], [], null, null, null)]);
        _cloud.Scaling.Completes(nameof(IScalingService.CreateScalingGroupAsync));
    }

    [Fact]
    public void An_elb_check_without_a_balancer_or_a_duplicate_tag_is_refused_and_a_valid_group_carries_its_policies_and_tags()
    {
        var popovers = Render<MudPopoverProvider>();
        var form = Render<ScalingGroupFormView>(p => p.Add(x => x.LaunchConfigurationName, "web-lc"));
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=group-tags]")));
        form.Find("input[data-testid=zone-us-east-1a], [data-testid=zone-us-east-1a] input").Change(true);
        MudSelects.Choose(form, popovers, "group-health-type", "ELB: the load balancers' checks too");
        form.Find("[data-testid=group-tag-add]").Click();
        form.Find("[data-testid=group-tag-add]").Click();
        foreach (var key in form.FindAll("input[data-testid=group-tag-key], [data-testid=group-tag-key] input"))
        {
            key.Input("team");
        }

        form.Find("[data-testid=create-group]").Click();

        form.WaitForAssertion(() => Assert.Contains("needs a load balancer", form.Markup, StringComparison.Ordinal));
        Assert.Contains("Each tag key only once", form.Markup, StringComparison.Ordinal);
        Assert.Equal(0, _cloud.Scaling.CallsTo(nameof(IScalingService.CreateScalingGroupAsync)));

        form.Find("input[data-testid=balancer-web-lb], [data-testid=balancer-web-lb] input").Change(true);
        form.FindAll("input[data-testid=group-tag-key], [data-testid=group-tag-key] input")[1].Input("env");
        form.Find("[data-testid=create-group]").Click();

        form.WaitForAssertion(() => Assert.Equal(1, _cloud.Scaling.CallsTo(nameof(IScalingService.CreateScalingGroupAsync))));
        var spec = (ScalingGroupSpec)_cloud.Scaling.Calls.Single(c => c.Method == nameof(IScalingService.CreateScalingGroupAsync)).Args[0]!;
        Assert.Equal("ELB", spec.HealthCheckType);
        Assert.Equal(["web-lb"], spec.LoadBalancerNames);
        Assert.Equal(["Default"], spec.TerminationPolicies);
        Assert.Equal(["team", "env"], spec.Tags!.Select(t => t.Key));
    }
}
