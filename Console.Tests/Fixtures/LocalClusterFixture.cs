using Microsoft.Playwright;

namespace EucaConsole.Tests.Fixtures;

/// <summary>infra/local-cluster.sh: nginx in front of two console processes, one Redis, one seeded moto; and Chromium.</summary>
public sealed class LocalClusterFixture : IAsyncLifetime
{
    // EUCA_CLUSTER_DIR reuses a cluster started by hand (infra/local-cluster.sh start --dir DIR) while working on the test.
    private readonly string? _given = Environment.GetEnvironmentVariable("EUCA_CLUSTER_DIR");
    private readonly string _directory;

    public LocalClusterFixture() =>
        _directory = _given ?? Path.Combine(Path.GetTempPath(), "euca-cluster-" + Guid.NewGuid().ToString("N")[..8]);
    private IPlaywright? _playwright;

    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    public Uri Url => new(Settings["CLUSTER_URL"]);

    public Uri ConsoleA => new(Settings["CONSOLE_A_URL"]);

    public Uri ConsoleB => new(Settings["CONSOLE_B_URL"]);

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var start = _given is null
            ? await ScriptRunner.RunAsync("infra/local-cluster.sh", ["start", "--dir", _directory], timeout: TimeSpan.FromMinutes(4))
            : new ScriptRunner.Result(0, string.Empty, string.Empty);
        if (start.ExitCode != 0)
        {
            var logs = Directory.Exists(_directory)
                ? string.Join("\n", Directory.GetFiles(_directory, "*.log").Select(f => $"--- {Path.GetFileName(f)}\n{Tail(f)}"))
                : string.Empty;
            await StopAsync();
            throw new InvalidOperationException($"local-cluster.sh start failed: {start}\n{logs}");
        }

        Settings = File.ReadAllLines(Path.Combine(_directory, "cluster.env"))
            .Where(l => l.Contains('=', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Kills the cluster's redis-server (as an outage would).</summary>
    public void KillRedis()
    {
        var pidFile = Path.Combine(_directory, "redis.pid");
        using var redis = System.Diagnostics.Process.GetProcessById(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture));
        redis.Kill();
        redis.WaitForExit(5000);
    }

    /// <summary>Starts redis-server again on the same port, empty, as the script does (its pid file too, so stop still stops it).</summary>
    public async Task StartRedisAsync()
    {
        var port = Settings["REDIS_PORT"];
        var start = new System.Diagnostics.ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", port, "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var redis = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        redis.OutputDataReceived += (_, _) => { };
        redis.BeginOutputReadLine();
        await File.WriteAllTextAsync(Path.Combine(_directory, "redis.pid"), redis.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync("127.0.0.1", int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("redis-server did not listen again on " + port);
    }

    /// <summary>The console processes' logs, for checking that no circuit failed.</summary>
    public string ConsoleLogs() =>
        string.Join("\n", Directory.GetFiles(_directory, "console-*.log").Select(File.ReadAllText));

    public Task<ScriptRunner.Result> StopOneAsync(string which) => ScriptRunner.RunAsync("infra/local-cluster.sh", ["stop-one", which, "--dir", _directory]);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await StopAsync();
    }

    private async Task StopAsync()
    {
        if (_given is not null)
        {
            return;
        }

        await ScriptRunner.RunAsync("infra/local-cluster.sh", ["stop", "--dir", _directory]);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Logs of a process still closing; the temp directory is cleaned by the machine.
        }
    }

    private static string Tail(string file) => string.Join("\n", File.ReadLines(file).TakeLast(30));
}
