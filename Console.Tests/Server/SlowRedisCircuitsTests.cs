using EucaConsole.Tests.Browser;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;
using StackExchange.Redis;

namespace EucaConsole.Tests.Server;

/// <summary>
/// Redis stalling (DEBUG SLEEP, longer than the client waits) while many circuits open at once: every
/// page still comes up (from the cloud), and no circuit is shut down (the log has no unhandled exception).
/// </summary>
public sealed class SlowRedisCircuitsTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task Ten_circuits_opening_while_redis_stalls_all_render_and_none_is_shut_down()
    {
        await using var console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{_redis.Port}",
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = console.Address.ToString() });
        var first = await context.NewPageAsync();
        await first.GotoAsync("/signin?mode=sandbox");
        await first.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(first.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Ui.Slow);

        using var admin = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{_redis.Port},allowAdmin=true,asyncTimeout=10000,syncTimeout=10000");
        var stall = admin.GetDatabase().ExecuteAsync("DEBUG", "SLEEP", "4");
        await Task.Delay(200);

        var pages = await Task.WhenAll(Enumerable.Range(0, 10).Select(async n =>
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(n % 2 == 0 ? "/images" : "/");
            return (page, n);
        }));
        foreach (var (page, n) in pages)
        {
            var shown = n % 2 == 0 ? page.Locator("tr[data-key]").First : page.GetByTestId("dashboard-identity");
            await Assertions.Expect(shown).ToBeVisibleAsync(Ui.Slow);
            Assert.DoesNotContain("/signin", page.Url, StringComparison.Ordinal);
        }

        await stall;
        Assert.DoesNotContain("Unhandled exception", console.Log, StringComparison.Ordinal);
        await context.CloseAsync();
    }
}
