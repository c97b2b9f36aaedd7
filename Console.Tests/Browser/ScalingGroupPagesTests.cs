using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;
using static EucaConsole.Tests.Browser.Ui;

namespace EucaConsole.Tests.Browser;

/// <summary>A scaling group made from a launch configuration behind the sandbox's balancer, then grown, as an operator would.</summary>
[Collection(BrowserTests.Name)]
public sealed class ScalingGroupPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_group_from_a_launch_configuration_attached_to_a_balancer_grows_when_its_desired_capacity_is_raised()
    {
        var page = await fixture.SandboxPageAsync();
        var name = CloudFixture.Unique("web-group");

        await page.GotoAsync("/scaling-groups/new?launchConfiguration=sandbox-web-lc");
        await Assertions.Expect(page.GetByTestId("scaling-group-form")).ToBeVisibleAsync(Slow);
        await Field(page, "group-name").FillAsync(name);
        await page.GetByLabel("us-east-1a").CheckAsync();
        await page.GetByLabel("sandbox-web-lb").CheckAsync();
        await page.GetByTestId("create-group").ClickAsync();

        await Assertions.Expect(page.GetByTestId("scaling-group-detail")).ToContainTextAsync(name, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("scaling-group-detail")).ToContainTextAsync("sandbox-web-lb");
        await Assertions.Expect(page.GetByTestId("scaling-instance")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        await Field(page, "capacity-max").FillAsync("3");
        await Field(page, "capacity-desired").FillAsync("5");
        await page.GetByTestId("capacity-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToContainTextAsync("between the minimum (1) and the maximum (3)");
        await Field(page, "capacity-desired").FillAsync("3");
        await page.GetByTestId("capacity-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("scaling-instance")).ToHaveCountAsync(3, new() { Timeout = 60_000 });
        // moto records no scaling activities (its DescribeScalingActivities is always empty); the section says so.
        await Assertions.Expect(page.GetByTestId("scaling-activities")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "scaling-group-detail.png") });

        await page.GetByTestId("scaling-group-delete").ClickAsync();
        await Field(page, "typed-confirm-input").FillAsync(name);
        await page.GetByTestId("typed-confirm-ok").ClickAsync();
        await Assertions.Expect(Row(page, name)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }
}
