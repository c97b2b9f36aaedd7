using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>
/// The cloud (a moto of this test's own) stops under a signed-in browser: every page shows the cloud's
/// error with Retry and no circuit dies; when the cloud is back, Retry works.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class CloudOutageTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly MotoServer _moto = new();

    public Task InitializeAsync() => _moto.InitializeAsync();

    public Task DisposeAsync() => _moto.DisposeAsync();

    private static readonly string[] Lists = ["/instances", "/images", "/volumes", "/security-groups", "/load-balancers", "/users", "/stacks"];

    [Fact]
    public async Task With_the_cloud_stopped_every_page_shows_its_error_with_retry_and_retry_works_once_it_is_back()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=aws");
        await page.GetByTestId("aws-endpoint").FillAsync(_moto.Endpoint.ToString());
        await page.GetByTestId("aws-access-key").FillAsync("AKIDFAKEOUTAGETEST01");
        await page.GetByTestId("aws-secret-key").FillAsync("outage-test-secret");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Ui.Slow);

        // Only what the console logs from here on is this test's (the console is shared with the other browser tests).
        var since = fixture.Console.Log.Length;
        _moto.Stop();

        foreach (var list in Lists)
        {
            await page.GotoAsync(list);
            var error = page.GetByTestId("rt-error");
            await Assertions.Expect(error).ToBeVisibleAsync(Ui.Slow);
            await Assertions.Expect(error).ToContainTextAsync(_moto.Endpoint.Authority);
            await Assertions.Expect(page.GetByTestId("rt-retry")).ToBeVisibleAsync();
            Assert.DoesNotContain("/signin", page.Url, StringComparison.Ordinal);
        }

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("tile-error").First).ToBeVisibleAsync(Ui.Slow);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "cloud-outage-dashboard.png") });

        await page.GotoAsync("/volumes");
        await Assertions.Expect(page.GetByTestId("rt-error")).ToBeVisibleAsync(Ui.Slow);
        await _moto.StartAgainAsync();
        await page.GetByTestId("rt-retry").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rt-error")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("rt-empty").Or(page.Locator("tr[data-key]").First)).ToBeVisibleAsync(Ui.Slow);
        var log = fixture.Console.Log;
        var at = log.IndexOf("Unhandled exception", since, StringComparison.Ordinal);
        Assert.True(at < 0, "a page failed during the outage:\n" + (at < 0 ? "" : log[at..Math.Min(log.Length, at + 2500)]));
    }
}
