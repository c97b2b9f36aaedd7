using System.Net.Http.Json;
using System.Text.Json;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Infra;

/// <summary>
/// Scale-out on one machine (infra/local-cluster.sh): signed in through nginx, a browser is signed in on
/// both processes (shared Data Protection keys and sessions in Redis); an image list loaded through one
/// process is a Redis hit for the other; Redis stopped and started again empty signs nobody out and
/// fails no page; stopping the process a browser is on loses only its circuit, and after a reload the
/// user continues on the other without signing in again.
/// </summary>
public sealed class LocalClusterTests(LocalClusterFixture cluster) : IClassFixture<LocalClusterFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    private async Task<JsonElement> ReadinessAsync(Uri console)
    {
        using var http = new HttpClient { BaseAddress = console };
        // Through nginx the details are for token holders only.
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", cluster.Settings["HEALTH_TOKEN"]);
        return await http.GetFromJsonAsync<JsonElement>("/health/ready");
    }

    private static long Total(JsonElement readiness, string counter) =>
        readiness.GetProperty("checks").GetProperty("cache").GetProperty("data").TryGetProperty(counter, out var value) ? value.GetInt64() : 0;

    [Fact]
    public async Task Signed_in_through_nginx_a_browser_is_signed_in_on_both_processes_shares_the_cache_and_survives_losing_one()
    {
        var context = await cluster.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var browserLog = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Console += (_, message) => browserLog.Enqueue($"console {message.Type}: {message.Text}");
        page.Response += (_, response) => browserLog.Enqueue($"{response.Status} {response.Url}");

        await page.GotoAsync(new Uri(cluster.Url, "/signin?mode=aws").ToString());
        // The cluster is configured for its cloud: the form names the endpoint and takes only the key.
        await Assertions.Expect(page.GetByTestId("configured-cloud")).ToContainTextAsync(cluster.Settings["MOTO_URL"]);
        Assert.Equal(0, await page.GetByTestId("aws-endpoint").CountAsync());
        await page.GetByTestId("aws-access-key").FillAsync(cluster.Settings["DEMO_ACCESS_KEY"]);
        await page.GetByTestId("aws-secret-key").FillAsync(cluster.Settings["DEMO_SECRET_KEY"]);
        await page.GetByTestId("signin-submit").ClickAsync();
        try
        {
            await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Slow);
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "cluster-signin-failed.png") });
            throw new InvalidOperationException("not signed in through nginx; the browser saw:\n" + string.Join("\n", browserLog) + "\n" + await page.ContentAsync());
        }

        // Affinity puts this browser on one process; the readiness report through nginx says which.
        var home = (await ReadinessAsync(cluster.Url)).GetProperty("instance").GetString();
        var (here, there, thereName) = home == "console-a" ? (cluster.ConsoleA, cluster.ConsoleB, "b") : (cluster.ConsoleB, cluster.ConsoleA, "a");
        var stayName = thereName;
        var homeName = home == "console-a" ? "a" : "b";

        // The same cookie is good on both processes (cookies are per host, not per port).
        foreach (var console in new[] { here, there })
        {
            await page.GotoAsync(new Uri(console, "/").ToString());
            await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Slow);
        }

        // Images through nginx (the home process) fill Redis; the other process then reads them from Redis.
        await page.GotoAsync(new Uri(cluster.Url, "/images").ToString());
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);
        var before = await ReadinessAsync(there);
        await page.GotoAsync(new Uri(there, "/images").ToString());
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);
        var after = await ReadinessAsync(there);
        Assert.True(Total(after, "euca.cache.hits.store") > Total(before, "euca.cache.hits.store"), $"no Redis hit on the other process: {after}");
        Assert.Equal(Total(before, "euca.cache.misses"), Total(after, "euca.cache.misses"));

        // Redis stops with the user signed in: pages and full reloads still answer 200, nobody is signed out.
        cluster.KillRedis();
        var response = await page.GotoAsync(new Uri(cluster.Url, "/instances").ToString());
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);
        Assert.DoesNotContain("/signin", page.Url, StringComparison.Ordinal);
        response = await page.ReloadAsync();
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);
        await page.GotoAsync(new Uri(cluster.Url, "/images").ToString());
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);
        using (var anonymous = new HttpClient { BaseAddress = cluster.Url })
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await anonymous.GetAsync("/signin?mode=aws")).StatusCode);
        }

        // Redis comes back empty: still signed in on both processes (each wrote its copy back), and caching resumes.
        await cluster.StartRedisAsync();
        foreach (var console in new[] { cluster.Url, here, there })
        {
            response = await page.GotoAsync(new Uri(console, "/").ToString());
            Assert.Equal(200, response!.Status);
            try
            {
                await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Slow);
            }
            catch (PlaywrightException)
            {
                throw new InvalidOperationException($"not signed in at {console} after Redis came back: {page.Url}\n{await page.ContentAsync()}\n"
                    + string.Join("\n", cluster.ConsoleLogs().Split('\n').TakeLast(60)));
            }
        }

        for (var attempt = 0; attempt < 30 && (await ReadinessAsync(cluster.Url)).GetProperty("checks").GetProperty("cache").GetProperty("status").GetString() != "Healthy"; attempt++)
        {
            await Task.Delay(500);
        }

        Assert.Equal("Healthy", (await ReadinessAsync(cluster.Url)).GetProperty("checks").GetProperty("cache").GetProperty("status").GetString());
        Assert.DoesNotContain("Unhandled exception rendering component", cluster.ConsoleLogs(), StringComparison.Ordinal);
        Assert.DoesNotContain("Circuit has been shut down", cluster.ConsoleLogs(), StringComparison.Ordinal);

        // Lose the home process: through nginx the browser carries on with the other, still signed in.
        await page.GotoAsync(new Uri(cluster.Url, "/instances").ToString());
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);
        var stopped = await cluster.StopOneAsync(homeName);
        Assert.True(stopped.ExitCode == 0, stopped.ToString());

        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);
        Assert.DoesNotContain("/signin", page.Url, StringComparison.Ordinal);
        Assert.Equal($"console-{stayName}", (await ReadinessAsync(cluster.Url)).GetProperty("instance").GetString());
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "cluster-after-failover.png") });
        await context.CloseAsync();
    }
}
