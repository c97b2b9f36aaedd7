using System.Globalization;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class DashboardTests(BrowserFixture fixture)
{
    private static async Task<int> FigureAsync(IPage page, string tile, int index) =>
        int.Parse((await page.Locator($"[data-testid='tile-{tile}'] [data-testid=tile-figure] .count").Nth(index).InnerTextAsync()).Trim(),
            CultureInfo.InvariantCulture);

    [Fact]
    public async Task Sandbox_counts_load_per_tile_and_a_zone_narrows_the_zone_bound_ones()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        var instances = page.Locator("[data-testid='tile-Instances'] [data-testid=tile-figure]");
        await Assertions.Expect(instances).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=tile-figure]")).ToHaveCountAsync(12, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("tile-error")).ToHaveCountAsync(0);

        var runningEverywhere = await FigureAsync(page, "Instances", 0);
        var stoppedEverywhere = await FigureAsync(page, "Instances", 1);
        var keyPairs = await FigureAsync(page, "Key pairs", 0);
        Assert.True(runningEverywhere >= 3, $"running: {runningEverywhere}");
        Assert.Equal(1, stoppedEverywhere);
        Assert.True(await FigureAsync(page, "Images", 0) >= 4);
        Assert.Equal(1, await FigureAsync(page, "Load balancers", 0));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "dashboard.png"), FullPage = true });

        await page.GetByTestId("zone-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("us-east-1b", new() { Exact = true }).ClickAsync();

        // The stopped worker lives in us-east-1a; key pairs are not bound to a zone.
        await Assertions.Expect(page.Locator("[data-testid='tile-Instances'] [data-testid=tile-figure] .count").Nth(1)).ToHaveTextAsync("0");
        Assert.True(await FigureAsync(page, "Instances", 0) < runningEverywhere);
        Assert.Equal(keyPairs, await FigureAsync(page, "Key pairs", 0));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "dashboard-zone.png"), FullPage = true });
    }
}
