using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// The console itself, started the way a user starts it (its own process, sandbox cloud included),
/// on a free loopback port. Its log is kept so a failing test can show it.
/// </summary>
public sealed class ConsoleServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private ConsoleServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Log => string.Join(Environment.NewLine, _log);

    public static async Task<ConsoleServerProcess> StartAsync(IDictionary<string, string>? settings = null, string environment = "Development")
    {
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var serverDirectory = Path.Combine(RepositoryPaths.Root, "Console.Server", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(serverDirectory, "Console.Server.dll"), "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "Console.Server"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Development: static web assets are served from the build output rather than a publish folder.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DataProtection__KeysPath"] = Path.Combine(Path.GetTempPath(), "euca-tests-keys-" + port);
        // Test clouds (signature-checking moto, Tokens stubs) listen on loopback; the policy tests turn it off.
        start.Environment["SignIn__AllowPrivateEndpoints"] = "true";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the console did not start");
        var server = new ConsoleServerProcess(process, address);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) { server._log.Enqueue(line.Data); } };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) { server._log.Enqueue(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilSettledAsync();
        return server;
    }

    /// <summary>Waits until /health/ready says the sandbox is no longer starting.</summary>
    private async Task WaitUntilSettledAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
            {
                // Without a timeout, WaitForExit also waits for the redirected output to be read to its end:
                // the startup error is the last thing the process wrote.
                _process.WaitForExit();
                throw new InvalidOperationException($"The console exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                var body = await http.GetStringAsync(new Uri(Address, "health/ready"));
                using var report = JsonDocument.Parse(body);
                var sandbox = report.RootElement.GetProperty("checks").GetProperty("cloud").GetProperty("data");
                if (!sandbox.TryGetProperty("sandbox", out var state) || state.GetString() != "Starting")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"The console did not become ready:\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the console stops its sandbox moto_server on the way out.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
