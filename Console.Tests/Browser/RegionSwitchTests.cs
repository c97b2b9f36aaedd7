using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>The top bar's region menu: the same credentials in another region, and the page's lists follow.</summary>
[Collection(BrowserTests.Name)]
public sealed class RegionSwitchBrowserTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    private static async Task SwitchToAsync(IPage page, string region)
    {
        await page.GetByTestId("identity-region").ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "region-menu.png") });
        await page.GetByTestId("region-option").Filter(new() { HasText = region }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("identity-region")).ToContainTextAsync(region, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task Switching_region_shows_that_regions_instances_and_switching_back_shows_the_first_again()
    {
        var page = await fixture.SandboxPageAsync();
        await page.GotoAsync("/instances");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);

        await SwitchToAsync(page, "us-west-2");

        Assert.EndsWith("/instances", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("rt-empty")).ToBeVisibleAsync(Slow);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "region-switched.png") });

        await SwitchToAsync(page, "us-east-1");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);
    }

    [Fact]
    public async Task The_region_menu_opens_and_is_walked_with_the_keyboard_alone()
    {
        var page = await fixture.SandboxPageAsync();

        await page.GetByTestId("identity-region").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("region-option", await page.EvaluateAsync<string?>("() => document.activeElement?.dataset.testid ?? null"));
    }
}
