using System.Diagnostics;
using System.Globalization;
using System.Net;
using EucaConsole.LoadTest.Client;
using EucaConsole.LoadTest.Measurement;
using EucaConsole.LoadTest.Scenario;
using EucaConsole.LoadTest.StandIn;

namespace EucaConsole.LoadTest.Orchestration;

/// <summary>
/// The whole run: moto and the stand-in image catalogue, then each target server in turn (the bare
/// reference page, then the console, both published processes of their own), N circuits on the page,
/// the users' loops for the duration, and the live heap before and after.
/// </summary>
internal sealed class LoadRun(LoadOptions options, TextWriter log)
{
    private const string ServerCircuitFailure = "fail: Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    public async Task<IReadOnlyList<TargetResult>> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.WorkDirectory);
        var results = new List<TargetResult>();
        if (options.Reference)
        {
            results.Add(await RunReferenceAsync(cancellationToken));
        }

        results.Add(await RunConsoleAsync(cancellationToken));
        return results;
    }

    private async Task<TargetResult> RunReferenceAsync(CancellationToken cancellationToken)
    {
        var port = FreePort.OnLoopback();
        var self = typeof(LoadRun).Assembly.Location;
        await using var server = await ChildProcess.StartAsync("dotnet", [self, "reference", $"http://127.0.0.1:{port}", options.Images.ToString(CultureInfo.InvariantCulture)],
            Production(port), "Now listening on:", StartTimeout, Path.GetDirectoryName(self));
        // The bare page is always the images list: the yardstick the console's page is measured against.
        return await RunTargetAsync("reference (bare Blazor page)", server, new Uri($"http://127.0.0.1:{port}/"), "/images", signIn: null, cancellationToken);
    }

    private async Task<TargetResult> RunConsoleAsync(CancellationToken cancellationToken)
    {
        var motoPort = FreePort.OnLoopback();
        await using var moto = await ChildProcess.StartAsync("moto_server", ["-H", "127.0.0.1", "-p", motoPort.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string>(), "Running on", StartTimeout);
        if (options.Instances > 0)
        {
            await InstanceSeed.SeedAsync(new Uri($"http://127.0.0.1:{motoPort}/"), options.Instances, cancellationToken);
            log.WriteLine($"  moto runs {options.Instances:N0} instances");
        }

        await using var catalogue = await ImageCatalogueEndpoint.StartAsync(new Uri($"http://127.0.0.1:{motoPort}/"), options.Images);

        var port = FreePort.OnLoopback();
        var environment = Production(port);
        environment["Cloud__Kind"] = "Aws";
        environment["Cloud__EndpointUrl"] = catalogue.Address.ToString();
        environment["Cloud__Region"] = "us-east-1";
        environment["DataProtection__KeysPath"] = Path.GetFullPath(Path.Combine(options.WorkDirectory, "keys"));
        if (options.Redis is { } redis)
        {
            environment["ConnectionStrings__Redis"] = redis;
            environment["DataProtection__AllowUnprotectedKeys"] = "true";
        }

        // --urls and its own directory as content root: a working directory holding some other
        // appsettings.json (a test's output folder has the console's, with Urls=localhost:8888) must not decide.
        var consoleDll = Path.GetFullPath(options.ConsoleDll);
        await using var server = await ChildProcess.StartAsync("dotnet", [consoleDll, "--urls", $"http://127.0.0.1:{port}"], environment,
            "Now listening on:", StartTimeout, Path.GetDirectoryName(consoleDll));
        var result = await RunTargetAsync("console", server, new Uri($"http://127.0.0.1:{port}/"), options.Page,
            (http, uri, ct) => ConsoleSignIn.SignInAsync(http, uri, "AKIDLOADTESTEXAMPLE", "not-a-real-secret-load-test", ct), cancellationToken);
        log.WriteLine($"  stand-in answered DescribeImages {catalogue.DescribeImagesCalls} times");
        return result;
    }

    private static Dictionary<string, string> Production(int port) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        ["DOTNET_gcServer"] = "1",
    };

    private async Task<TargetResult> RunTargetAsync(string name, ChildProcess server, Uri baseUri, string page,
        Func<HttpClient, Uri, CancellationToken, Task>? signIn, CancellationToken cancellationToken)
    {
        log.WriteLine($"{name}: {baseUri}");
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, MaxConnectionsPerServer = 64 };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        if (signIn is not null)
        {
            await signIn(http, baseUri, cancellationToken);
        }

        // One circuit first: it fills the caches every later circuit shares, so the baseline heap holds them.
        await using (var warm = new CircuitClient(baseUri, cookies, http))
        {
            await warm.OpenAsync(page, cancellationToken);
            await warm.WaitForAsync(dom => dom.FirstRow() is not null, ReadyTimeout, cancellationToken);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var probe = options.GcdumpTool is { } tool ? new HeapProbe(tool, options.WorkDirectory) : null;
        var label = name.Split(' ')[0];
        long? before = probe is null ? null : await probe.LiveBytesAsync(server.Id, $"{label}-before");
        if (probe is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(options.WorkDirectory, $"{label}-before-report.txt"), await probe.TopTypesAsync(server.Id, $"{label}-before"), cancellationToken);
        }

        var counters = new RunCounters();
        var latencies = new Latencies();
        var circuits = new List<CircuitClient>();
        var clock = Stopwatch.StartNew();
        using (var gate = new SemaphoreSlim(options.OpenConcurrency))
        {
            var opening = Enumerable.Range(0, options.Circuits).Select(async _ =>
            {
                await gate.WaitAsync(cancellationToken);
                var circuit = new CircuitClient(baseUri, cookies, http);
                try
                {
                    await circuit.OpenAsync(page, cancellationToken);
                    await circuit.WaitForAsync(dom => dom.FirstRow() is not null, ReadyTimeout, cancellationToken);
                    lock (circuits)
                    {
                        circuits.Add(circuit);
                    }
                }
                catch (Exception error) when (error is InvalidOperationException or TimeoutException or HttpRequestException or IOException
                    or Microsoft.AspNetCore.SignalR.HubException or System.Net.WebSockets.WebSocketException)
                {
                    counters.Error($"open: {error.Message}");
                    await circuit.DisposeAsync();
                }
                finally
                {
                    gate.Release();
                }
            });
            await Task.WhenAll(opening);
        }

        log.WriteLine($"  {circuits.Count:N0} of {options.Circuits:N0} circuits open in {clock.Elapsed.TotalSeconds:0.0} s; users act for {options.Duration.TotalSeconds:0} s");
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            stop.CancelAfter(options.Duration);
            await Task.WhenAll(circuits.Select((circuit, i) => new CircuitLoop(circuit, latencies, counters, i, options.ThinkTime).RunAsync(stop.Token)));
        }

        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        long? after = probe is null ? null : await probe.LiveBytesAsync(server.Id, $"{label}-after");
        if (probe is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(options.WorkDirectory, $"{label}-after-report.txt"), await probe.TopTypesAsync(server.Id, $"{label}-after"), cancellationToken);
        }

        // For looking into the server by hand (dotnet-dump) while its circuits are still open.
        if (int.TryParse(Environment.GetEnvironmentVariable("EUCA_LOADTEST_HOLD_SECONDS"), CultureInfo.InvariantCulture, out var hold) && hold > 0)
        {
            log.WriteLine($"  holding {hold} s: {name} is process {server.Id}");
            await Task.Delay(TimeSpan.FromSeconds(hold), cancellationToken);
        }

        var errors = counters.Errors.Concat(circuits.SelectMany(c => c.Errors.Select(e => $"circuit: {e}"))).ToList();
        var renderBytes = circuits.Sum(c => c.RenderBytes);
        var opened = circuits.Count;
        foreach (var circuit in circuits)
        {
            await circuit.DisposeAsync();
        }

        return new TargetResult(name, options.Circuits, opened, errors, server.Count(ServerCircuitFailure), counters.Events, counters.EventsWithoutRender,
            latencies.Percentile(50), latencies.Percentile(95), latencies.Percentile(99), renderBytes, before, after);
    }
}
