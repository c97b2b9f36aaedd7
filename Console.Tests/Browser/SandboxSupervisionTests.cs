using System.Diagnostics;
using System.Text.Json;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>When the sandbox's moto dies the console notices, says so, starts it again (reseeded), and sign-in works again.</summary>
[Collection(BrowserTests.Name)]
public sealed class SandboxSupervisionTests(BrowserFixture fixture)
{
    private static async Task<(int Status, string Sandbox, string Endpoint)> ReadinessAsync(Uri console)
    {
        using var http = new HttpClient { BaseAddress = console };
        using var reply = await http.GetAsync("/health/ready");
        using var report = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        var data = report.RootElement.GetProperty("checks").GetProperty("cloud").GetProperty("data");
        return ((int)reply.StatusCode, data.GetProperty("sandbox").GetString()!, data.GetProperty("endpoint").GetString()!);
    }

    private static async Task WaitForAsync(Uri console, string state)
    {
        var deadline = Stopwatch.StartNew();
        while ((await ReadinessAsync(console)).Sandbox != state)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), $"the sandbox never became {state}");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_killed_sandbox_is_reported_restarted_and_signed_in_to_again()
    {
        await using var console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string> { ["Sandbox:ProbeSeconds"] = "1" });
        var (_, _, endpoint) = await ReadinessAsync(console.Address);
        var port = new Uri(endpoint).Port;

        using (var kill = Process.Start("pkill", ["-f", $"moto_server -H 127.0.0.1 -p {port}"]))
        {
            await kill.WaitForExitAsync();
        }

        await WaitForAsync(console.Address, "Restarting");
        Assert.Equal(503, (await ReadinessAsync(console.Address)).Status);
        var page = await (await fixture.Browser.NewContextAsync(new() { BaseURL = console.Address.ToString() })).NewPageAsync();
        await page.GotoAsync("/signin?mode=sandbox");
        await Assertions.Expect(page.GetByTestId("sandbox-status")).ToContainTextAsync("The sandbox cloud stopped");
        await Assertions.Expect(page.GetByTestId("sandbox-signin")).ToBeDisabledAsync();

        await WaitForAsync(console.Address, "Running");
        Assert.Equal(endpoint, (await ReadinessAsync(console.Address)).Endpoint);
        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Contains("restart attempt 1", console.Log, StringComparison.Ordinal);
    }
}
