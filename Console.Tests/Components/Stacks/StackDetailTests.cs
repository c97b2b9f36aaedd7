using Bunit;
using EucaConsole.Components.Pages.Stacks;
using EucaConsole.Domain.Stacks;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Stacks;

/// <summary>A stack's detail on the Stacks page: parameters checked against the template before an update, the update sent with only the change.</summary>
public sealed class StackDetailTests : ConsoleComponentTest
{
    private readonly AnsweringService<IStackService> _stacks;

    public StackDetailTests()
    {
        (var service, _stacks) = AnsweringService.Create<IStackService>();
        Services.AddScoped(_ => service);
        _stacks
            .Returns<IReadOnlyList<Stack>>(nameof(IStackService.DescribeStacksAsync),
                [new Stack("console", "arn:stack/console", "CREATE_COMPLETE", null, "the console", null, null,
                    [new("DesiredCapacity", "1"), new("MaxSize", "3"), new("RedisPassword", "****")],
                    [new("ConsoleURL", "https://console-elb.example.com/", "Where to open the console")])])
            .Returns<IReadOnlyList<StackResource>>(nameof(IStackService.ListStackResourcesAsync),
                [new("ConsoleScalingGroup", "console-asg", "AWS::AutoScaling::AutoScalingGroup", "CREATE_COMPLETE", null)])
            .Returns<IReadOnlyList<StackEvent>>(nameof(IStackService.DescribeStackEventsAsync), [])
            .Returns(nameof(IStackService.GetTemplateBodyAsync), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "template.yaml")))
            .Completes(nameof(IStackService.UpdateStackParametersAsync));
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<EucaConsole.Components.Pages.Stacks.Stacks> page, string key) =>
        page.Find($"input[data-testid=parameter-{key}], [data-testid=parameter-{key}] input");

    [Fact]
    public void A_value_outside_the_templates_range_is_marked_and_cannot_be_applied()
    {
        var page = Render<EucaConsole.Components.Pages.Stacks.Stacks>(p => p.Add(s => s.Name, "console"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=stack-parameters] input")));

        Field(page, "DesiredCapacity").Input("25");

        Assert.Contains("DesiredCapacity must be at most 20.", page.Find("[data-testid=stack-parameters]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=stack-apply]").Click();
        Assert.Equal(0, _stacks.CallsTo(nameof(IStackService.UpdateStackParametersAsync)));
        Assert.True(Field(page, "RedisPassword").HasAttribute("disabled"));
    }

    [Fact]
    public void A_valid_change_is_confirmed_and_sent_alone()
    {
        var dialogs = Render<MudDialogProvider>();
        var page = Render<EucaConsole.Components.Pages.Stacks.Stacks>(p => p.Add(s => s.Name, "console"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=stack-parameters] input")));

        Field(page, "DesiredCapacity").Input("3");
        page.Find("[data-testid=stack-apply]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("DesiredCapacity: 1 → 3", dialogs.Markup, StringComparison.Ordinal));
        dialogs.Find("[data-testid=confirm-ok]").Click();

        page.WaitForAssertion(() => Assert.Equal(1, _stacks.CallsTo(nameof(IStackService.UpdateStackParametersAsync))));
        var changed = (IReadOnlyDictionary<string, string>)_stacks.Calls.Single(c => c.Method == nameof(IStackService.UpdateStackParametersAsync)).Args[1]!;
        Assert.Equal(new Dictionary<string, string> { ["DesiredCapacity"] = "3" }, changed);
        page.FindAll(".mud-tab").First(t => t.TextContent.Trim() == "Outputs").Click();
        Assert.Contains("href=\"https://console-elb.example.com/\"", page.Find("[data-testid=stack-outputs]").InnerHtml, StringComparison.Ordinal);
    }
}
