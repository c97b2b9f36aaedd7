using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class ComputePagesTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToHaveCountOptions Long = new() { Timeout = 30_000 };

    private async Task<IPage> SignedInAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page;
    }

    private static async Task PickAsync(IPage page, string facet, string option)
    {
        await page.GetByTestId("ms-input").ClickAsync();
        await page.GetByTestId("ms-option").GetByText(facet, new() { Exact = true }).ClickAsync();
        await page.GetByTestId("ms-option").Filter(new() { HasText = option }).First.ClickAsync();
    }

    [Fact]
    public async Task Typing_an_exclamation_mark_switches_to_is_not_and_the_keys_after_it_keep_going_to_the_box()
    {
        var page = await SignedInAsync();
        await page.GotoAsync("/images");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("ms-input").ClickAsync();
        await page.GetByTestId("ms-option").GetByText("Platform", new() { Exact = true }).ClickAsync();

        // As a person does: once the facet's options show (the box is then told to keep "!" out), and at a person's pace —
        // keys typed with no pause at all race the controlled input (issue 16's MagicSearch item).
        await Assertions.Expect(page.Locator("[data-testid=ms-input][data-negate-on-bang=true]")).ToHaveCountAsync(1);
        await page.Keyboard.TypeAsync("!win", new() { Delay = 150 });

        await Assertions.Expect(page.GetByTestId("ms-pending")).ToContainTextAsync("is not");
        await Assertions.Expect(page.GetByTestId("ms-input")).ToHaveValueAsync("win");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("ms-chip")).ToContainTextAsync("is not");
        await Assertions.Expect(page.GetByTestId("ms-chip")).ToContainTextAsync("Windows");
    }

    [Fact]
    public async Task Images_filter_by_platform_and_text_and_a_reload_restores_the_filter()
    {
        var page = await SignedInAsync();
        await page.GotoAsync("/images");
        var rows = page.Locator("tr[data-key]");
        await Assertions.Expect(rows).Not.ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");

        var everything = await rows.CountAsync();
        await PickAsync(page, "Platform", "Windows");
        await Assertions.Expect(page.GetByTestId("rt-summary")).ToContainTextAsync(" of ", new() { Timeout = 30_000 });
        var windows = await rows.AllInnerTextsAsync();
        Assert.InRange(windows.Count, 2, everything - 1);
        Assert.All(windows, row => Assert.Contains("Windows", row, StringComparison.Ordinal));
        await page.GetByTestId("ms-input").FillAsync("reporting");
        await Assertions.Expect(rows).ToHaveCountAsync(1, Long);
        await Assertions.Expect(rows.First).ToContainTextAsync("windows-2008-reporting-32bit");
        // Escape ends the typing: the text is written to the address at once, not after the pause.
        await page.GetByTestId("ms-input").PressAsync("Escape");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("text=reporting"), new() { Timeout = 5_000 });
        Assert.Contains("q=platform%3Dwindows", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "images-filtered.png") });

        await page.ReloadAsync();

        await Assertions.Expect(rows).ToHaveCountAsync(1, Long);
        await Assertions.Expect(page.GetByTestId("ms-chip")).ToContainTextAsync("Windows");
        await Assertions.Expect(page.GetByTestId("ms-input")).ToHaveValueAsync("reporting");
    }

    [Fact]
    public async Task Image_detail_shows_block_devices_tags_and_permissions()
    {
        var page = await SignedInAsync();
        await page.GotoAsync("/images");
        await page.Locator("tr[data-key]").Filter(new() { HasText = "web-server-al2023" }).ClickAsync(new() { Timeout = 30_000 });

        var detail = page.GetByTestId("image-detail");
        await Assertions.Expect(detail).ToContainTextAsync("web-server-al2023");
        await Assertions.Expect(page.GetByTestId("image-detail").GetByTestId("tag-list")).ToContainTextAsync("Environment = production");
        await Assertions.Expect(page.GetByTestId("image-permissions")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "image-detail.png") });
    }

    [Fact]
    public async Task Stopping_a_running_instance_shows_it_stopped_without_reloading()
    {
        var page = await SignedInAsync();
        await page.GotoAsync("/instances");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        var row = page.Locator("tr[data-key]").Filter(new() { HasText = "web-2" });
        await Assertions.Expect(row).ToHaveCountAsync(1, Long);
        await Assertions.Expect(row.GetByTestId("instance-state")).ToHaveTextAsync("running");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "instances.png") });

        await row.GetByTestId("rt-select").CheckAsync();
        await page.GetByTestId("action-stop").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("web-2");
        await page.GetByTestId("confirm-ok").ClickAsync();

        await Assertions.Expect(row.GetByTestId("instance-state")).ToHaveTextAsync("stopped", new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "instances-stopped.png") });
    }
}
