using Bunit;
using EucaConsole.Components.Pages.Scaling;
using EucaConsole.Domain.Monitoring;
using EucaConsole.Domain.Scaling;
using EucaConsole.Tests.Components.Launching;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Scaling;

/// <summary>A scaling group's policies: the detail checks the form and raises; the page confirms a run or a delete and makes the change.</summary>
public sealed class ScalingPolicyIntentsTests : ConsoleComponentTest
{
    private static readonly ScalingGroup Web = new("web", "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/web", "web-lc",
        1, 4, 2, 300, ["us-east-1a"], [], "EC2", 300, [], [], null, null);

    private readonly WizardTestCloud _cloud = new();
    private readonly List<ScalingPolicy> _policies = [new("scale-out", "arn:policy/scale-out", "web", "ChangeInCapacity", 2, 300)];

    public ScalingPolicyIntentsTests()
    {
        _cloud.Register(Services);
        (var monitoring, var alarms) = AnsweringService.Create<IMonitoringService>();
        alarms.Returns<IReadOnlyList<Alarm>>(nameof(IMonitoringService.DescribeAlarmsForActionsAsync), []);
        Services.AddScoped(_ => monitoring);
        _cloud.Scaling.Returns<IReadOnlyList<ScalingGroup>>(nameof(IScalingService.DescribeScalingGroupsAsync), [Web])
            .Returns<IReadOnlyList<LaunchConfiguration>>(nameof(IScalingService.DescribeLaunchConfigurationsAsync), [])
            .Returns<IReadOnlyList<ScalingActivity>>(nameof(IScalingService.DescribeScalingActivitiesAsync), [])
            .On(nameof(IScalingService.DescribePoliciesAsync), _ => Task.FromResult<IReadOnlyList<ScalingPolicy>>([.. _policies]))
            .On(nameof(IScalingService.PutScalingPolicyAsync), args =>
            {
                _policies.Add(new((string)args[1]!, "arn:policy/new", "web", (string)args[2]!, (int)args[3]!, (int?)args[4]));
                return Task.FromResult<string?>("arn:policy/new");
            })
            .On(nameof(IScalingService.DeletePolicyAsync), args => { _policies.RemoveAll(p => p.Name == (string)args[1]!); return Task.CompletedTask; })
            .Completes(nameof(IScalingService.ExecutePolicyAsync));
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    private IRenderedComponent<MudDialogProvider> Dialogs { get; }

    private IRenderedComponent<ScalingGroups> OpenWeb()
    {
        var page = Render<ScalingGroups>(p => p.Add(x => x.GroupName, "web"));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=scaling-policy]")));
        return page;
    }

    private void Confirm()
    {
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=confirm-ok]")));
        Dialogs.Find("[data-testid=confirm-ok]").Click();
    }

    [Fact]
    public void A_simple_policy_from_the_form_is_made_and_listed_and_a_bad_name_sends_nothing()
    {
        var page = OpenWeb();

        page.Type("scaling-policy-name", "scale:in");
        page.Find("[data-testid=scaling-policy-create]").Click();
        page.WaitForAssertion(() => Assert.Contains("without a colon", page.Markup, StringComparison.Ordinal));
        Assert.Equal(0, _cloud.Scaling.CallsTo(nameof(IScalingService.PutScalingPolicyAsync)));

        page.Type("scaling-policy-name", "scale-in");
        page.Find("[data-testid=scaling-policy-create]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=scaling-policy]").Count));
        Assert.Equal(["web", "scale-in", "ChangeInCapacity", 1, 300], _cloud.Scaling.Calls.Single(c => c.Method == nameof(IScalingService.PutScalingPolicyAsync)).Args.Take(5));
    }

    [Fact]
    public void Running_and_deleting_a_policy_each_ask_first()
    {
        var page = OpenWeb();

        page.Find("[data-testid=scaling-policy-execute]").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("+2 instance(s)", Dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(0, _cloud.Scaling.CallsTo(nameof(IScalingService.ExecutePolicyAsync)));
        Confirm();
        page.WaitForAssertion(() => Assert.Equal(1, _cloud.Scaling.CallsTo(nameof(IScalingService.ExecutePolicyAsync))));
        Assert.Equal(["web", "scale-out", false], _cloud.Scaling.Calls.Single(c => c.Method == nameof(IScalingService.ExecutePolicyAsync)).Args.Take(3));

        page.Find("[data-testid=scaling-policy-delete]").Click();
        Confirm();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=scaling-policy]")));
        Assert.Equal(1, _cloud.Scaling.CallsTo(nameof(IScalingService.DeletePolicyAsync)));
    }
}
