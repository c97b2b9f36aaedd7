using System.Diagnostics;
using System.Text.Json;
using EucaConsole.Tests.Fixtures;
using Xunit.Abstractions;

namespace EucaConsole.Tests.Infra;

/// <summary>
/// The load driver's small run in CI (scripts/loadtest does the large one): 50 headless circuits on the
/// console's /images, 15,000 images, 30 s of users typing, paging and opening images. No timing is
/// asserted on this shared machine; only that every circuit opened, every event was answered with a
/// render, nothing failed in a circuit and the server shut none down.
/// </summary>
public sealed class LoadDriverSmokeTests(ITestOutputHelper output)
{
    private sealed record TargetResult(string Name, int CircuitsRequested, int CircuitsOpened, IReadOnlyList<string> Errors,
        int ServerCircuitFailures, long Events, long EventsWithoutRender);

    [Fact]
    public async Task Fifty_circuits_for_thirty_seconds_open_act_and_end_without_an_error_or_a_circuit_failure()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var work = Directory.CreateTempSubdirectory("euca-loadtest-").FullName;
        var json = Path.Combine(work, "results.json");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(RepositoryPaths.Root, "Console.LoadTest", "bin", configuration, "net10.0", "Console.LoadTest.dll"),
                "--circuits", "50", "--images", "15000", "--duration", "30", "--think-ms", "1000", "--no-reference",
                "--console-dll", Path.Combine(RepositoryPaths.Root, "Console.Server", "bin", configuration, "net10.0", "Console.Server.dll"),
                "--work", work, "--json", json,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var driver = Process.Start(info)!;
        var stdout = driver.StandardOutput.ReadToEndAsync();
        var stderr = driver.StandardError.ReadToEndAsync();
        try
        {
            await driver.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        }
        finally
        {
            if (!driver.HasExited)
            {
                driver.Kill(entireProcessTree: true);
            }
        }

        output.WriteLine(await stdout);
        output.WriteLine(await stderr);

        Assert.True(File.Exists(json), $"the driver wrote no results (exit {driver.ExitCode})");
        var console = Assert.Single(JsonSerializer.Deserialize<List<TargetResult>>(await File.ReadAllTextAsync(json))!);
        Assert.Empty(console.Errors);
        Assert.Equal(50, console.CircuitsOpened);
        Assert.Equal(0, console.ServerCircuitFailures);
        Assert.True(console.Events >= 100, $"only {console.Events} events were dispatched");
        Assert.Equal(0, console.EventsWithoutRender);
        Assert.Equal(0, driver.ExitCode);
        Directory.Delete(work, recursive: true);
    }
}
