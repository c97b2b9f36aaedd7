using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>The Stacks page on the sandbox: a parameter outside the template's range is refused; a valid one is applied as an update.</summary>
[Collection(BrowserTests.Name)]
public sealed class StacksPageTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_parameter_change_is_checked_against_the_template_and_applied_as_a_stack_update()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Slow);

        await page.GotoAsync("/stacks");
        await page.Locator("tr[data-key]").Filter(new() { HasText = "sandbox-batch" }).ClickAsync(new() { Timeout = 30_000 });
        var slots = page.Locator("input[data-testid=parameter-WorkerSlots], [data-testid=parameter-WorkerSlots] input").First;
        await Assertions.Expect(slots).ToHaveValueAsync("2", new() { Timeout = 30_000 });

        await slots.FillAsync("25");
        await Assertions.Expect(page.GetByTestId("stack-parameters")).ToContainTextAsync("WorkerSlots must be at most 10.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "stack-parameter-invalid.png"), FullPage = true });
        await slots.FillAsync("4");
        await page.GetByTestId("stack-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("WorkerSlots: 2 → 4");
        await page.GetByTestId("confirm-ok").ClickAsync();

        await Assertions.Expect(page.GetByTestId("stack-status")).ToHaveTextAsync("UPDATE_COMPLETE", new() { Timeout = 30_000 });
        await Assertions.Expect(slots).ToHaveValueAsync("4");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Outputs" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stack-outputs")).ToContainTextAsync("WorkerGroupId");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Events" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stack-events")).ToContainTextAsync("UPDATE_COMPLETE");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "stack-updated.png"), FullPage = true });
    }
}
