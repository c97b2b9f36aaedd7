using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using EucaConsole.Domain.Cloud.Network;
using EucaConsole.Server.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace EucaConsole.Server.Sandbox;

/// <summary>
/// Starts <c>moto_server</c> on a free loopback port when no cloud is configured, seeds it with demo
/// resources, and stops it with the console. Runs in the background so the console serves at once;
/// the sign-in page shows "starting" until <see cref="SandboxCloud.Settled"/>.
/// </summary>
public sealed partial class SandboxLauncher(
    SandboxCloud sandbox,
    IOptions<SandboxOptions> sandboxOptions,
    IOptions<CloudOptions> cloudOptions,
    TrustedEndpoints trustedEndpoints,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<SandboxLauncher> logger) : BackgroundService
{
    private Process? _moto;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = sandboxOptions.Value;
        var enabled = options.Enabled ?? !cloudOptions.Value.IsConfigured;
        if (!enabled)
        {
            sandbox.MarkUnavailable(SandboxState.Disabled, "A cloud is configured; the sandbox is off.");
            return;
        }

        if (options.Enabled is null && await NonLoopbackAddressAsync(stoppingToken).ConfigureAwait(false) is { } exposed)
        {
            // Anyone who reaches the console could enter the sandbox with one click: only on this machine,
            // unless the operator says so.
            sandbox.MarkUnavailable(SandboxState.Disabled,
                $"The console listens on {exposed}, not only on loopback; the sandbox starts there only with Sandbox:Enabled=true.");
            LogNotLoopback(logger, exposed);
            return;
        }

        if (ExecutableLocator.Find(options.MotoServer) is not { } motoPath)
        {
            sandbox.MarkUnavailable(SandboxState.NotInstalled,
                $"'{options.MotoServer}' was not found on PATH. Install it with: pip install \"moto[server]\"");
            LogNotInstalled(logger, options.MotoServer);
            return;
        }

        try
        {
            var endpoint = await StartAsync(motoPath, options, FreeLoopbackPort(), stoppingToken).ConfigureAwait(false);
            await SuperviseAsync(motoPath, options, endpoint, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (sandbox.State == SandboxState.Starting)
            {
                sandbox.MarkUnavailable(SandboxState.Failed, "The console stopped while the sandbox was starting.");
            }
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or JsonException
            or System.ComponentModel.Win32Exception or HttpRequestException or TimeoutException)
        {
            LogFailed(logger, error.Message);
            sandbox.MarkUnavailable(SandboxState.Failed, error.Message);
            StopMoto();
        }
    }

    private async Task<Uri> StartAsync(string motoPath, SandboxOptions options, int port, CancellationToken stoppingToken)
    {
        var endpoint = new Uri($"http://127.0.0.1:{port}/");
        sandbox.MarkStarting(endpoint, options.Region);
        trustedEndpoints.Add(endpoint);
        var start = new ProcessStartInfo(motoPath)
        {
            ArgumentList = { "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A small public catalogue of our own (with i386 images, which moto's stock list lacks).
        start.Environment["MOTO_AMIS_PATH"] = Path.Combine(AppContext.BaseDirectory, "Sandbox", "sandbox-catalogue-amis.json");
        _moto = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {motoPath}.");
        _moto.OutputDataReceived += (_, line) => { if (line.Data is not null) { LogMoto(logger, line.Data); } };
        _moto.ErrorDataReceived += (_, line) => { if (line.Data is not null) { LogMoto(logger, line.Data); } };
        _moto.BeginOutputReadLine();
        _moto.BeginErrorReadLine();

        await WaitUntilServingAsync(endpoint, TimeSpan.FromSeconds(options.StartTimeoutSeconds), stoppingToken).ConfigureAwait(false);
        var demoUser = options.Seed
            ? await SeedAsync(motoPath, options, endpoint, stoppingToken).ConfigureAwait(false)
            : new SandboxDemoUser("sandbox-unseeded", "sandbox-unseeded-secret");
        sandbox.MarkRunning(demoUser);
        LogRunning(logger, endpoint);
        return endpoint;
    }

    /// <summary>
    /// Watches the running sandbox: when moto exits or stops answering, says so (sign-in page, readiness)
    /// and starts it again on the same port, reseeded, so signed-in sessions point at a cloud again;
    /// after <see cref="SandboxOptions.MaxRestarts"/> failed restarts in a row it gives up.
    /// </summary>
    private async Task SuperviseAsync(string motoPath, SandboxOptions options, Uri endpoint, CancellationToken stoppingToken)
    {
        var failedRestarts = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var reason = await WatchAsync(endpoint, TimeSpan.FromSeconds(options.ProbeSeconds), stoppingToken).ConfigureAwait(false);
            StopMoto();
            while (true)
            {
                if (failedRestarts >= options.MaxRestarts)
                {
                    sandbox.MarkUnavailable(SandboxState.Failed, $"{reason}; {failedRestarts} restarts failed, the console gave up.");
                    LogGaveUp(logger, failedRestarts);
                    return;
                }

                var wait = TimeSpan.FromSeconds(Math.Pow(2, failedRestarts));
                sandbox.MarkRestarting($"{reason}; restarting it (attempt {failedRestarts + 1} of {options.MaxRestarts})");
                LogRestarting(logger, reason, failedRestarts + 1, wait.TotalSeconds);
                await Task.Delay(wait, stoppingToken).ConfigureAwait(false);
                try
                {
                    await StartAsync(motoPath, options, endpoint.Port, stoppingToken).ConfigureAwait(false);
                    failedRestarts = 0;
                    break;
                }
                catch (Exception error) when (error is InvalidOperationException or IOException or JsonException
                    or System.ComponentModel.Win32Exception or HttpRequestException or TimeoutException)
                {
                    failedRestarts++;
                    reason = $"moto_server could not be restarted ({error.Message})";
                    StopMoto();
                }
            }
        }
    }

    /// <summary>Returns why the sandbox is down: the process exited, or three probes in a row failed.</summary>
    private async Task<string> WatchAsync(Uri endpoint, TimeSpan every, CancellationToken stoppingToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var failures = 0;
        while (true)
        {
            await Task.Delay(every, stoppingToken).ConfigureAwait(false);
            if (_moto is null || _moto.HasExited)
            {
                return $"moto_server exited{(_moto is { } exited ? $" with code {exited.ExitCode}" : string.Empty)}";
            }

            try
            {
                using var reply = await http.GetAsync(new Uri(endpoint, "moto-api/"), stoppingToken).ConfigureAwait(false);
                failures = reply.IsSuccessStatusCode ? 0 : failures + 1;
            }
            catch (Exception error) when (error is HttpRequestException || (error is TaskCanceledException && !stoppingToken.IsCancellationRequested))
            {
                failures++;
            }

            if (failures >= 3)
            {
                return "moto_server stopped answering";
            }
        }
    }

    /// <summary>The first address the server listens on that is not loopback, once it listens; null if all are.</summary>
    private async Task<string?> NonLoopbackAddressAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.FirstOrDefault(address => !ListenAddress.IsLoopback(address));
    }

    private async Task WaitUntilServingAsync(Uri endpoint, TimeSpan limit, CancellationToken stoppingToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (_moto is { HasExited: true } exited)
            {
                throw new InvalidOperationException($"moto_server exited with code {exited.ExitCode} while starting.");
            }

            try
            {
                using var reply = await http.GetAsync(new Uri(endpoint, "moto-api/"), stoppingToken).ConfigureAwait(false);
                if (reply.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // this probe timed out; try again
            }

            await Task.Delay(200, stoppingToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"moto_server did not answer on {endpoint} within {limit.TotalSeconds:0} s.");
    }

    private static async Task<SandboxDemoUser> SeedAsync(string motoPath, SandboxOptions options, Uri endpoint, CancellationToken stoppingToken)
    {
        var python = options.Python ?? ExecutableLocator.InterpreterOf(motoPath) ?? "python3";
        var start = new ProcessStartInfo(python)
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Sandbox", "seed_sandbox.py"), endpoint.ToString().TrimEnd('/'), options.Region },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var seed = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python} to seed the sandbox.");
        var output = seed.StandardOutput.ReadToEndAsync(stoppingToken);
        var errors = seed.StandardError.ReadToEndAsync(stoppingToken);
        await seed.WaitForExitAsync(stoppingToken).ConfigureAwait(false);
        if (seed.ExitCode != 0)
        {
            throw new InvalidOperationException($"Seeding the sandbox failed: {(await errors.ConfigureAwait(false)).Trim()}");
        }

        var lastLine = (await output.ConfigureAwait(false)).Trim().Split('\n')[^1];
        using var reply = JsonDocument.Parse(lastLine);
        return new SandboxDemoUser(
            reply.RootElement.GetProperty("accessKeyId").GetString() ?? throw new JsonException("no accessKeyId"),
            reply.RootElement.GetProperty("secretAccessKey").GetString() ?? throw new JsonException("no secretAccessKey"));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        StopMoto();
    }

    public override void Dispose()
    {
        StopMoto();
        base.Dispose();
    }

    private void StopMoto()
    {
        var moto = Interlocked.Exchange(ref _moto, null);
        if (moto is null)
        {
            return;
        }

        try
        {
            if (!moto.HasExited)
            {
                moto.Kill(entireProcessTree: true);
                moto.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        finally
        {
            moto.Dispose();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox unavailable: '{Command}' is not installed (pip install \"moto[server]\")")]
    private static partial void LogNotInstalled(ILogger logger, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox off: the console listens on {Address}, not only on loopback (set Sandbox:Enabled=true to start it anyway)")]
    private static partial void LogNotLoopback(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox down ({Reason}); restart attempt {Attempt} in {Seconds} s")]
    private static partial void LogRestarting(ILogger logger, string reason, int attempt, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sandbox given up after {Attempts} failed restarts")]
    private static partial void LogGaveUp(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sandbox failed to start: {Problem}")]
    private static partial void LogFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox cloud running at {Endpoint}")]
    private static partial void LogRunning(ILogger logger, Uri endpoint);

    [LoggerMessage(Level = LogLevel.Debug, Message = "moto: {Line}")]
    private static partial void LogMoto(ILogger logger, string line);
}
