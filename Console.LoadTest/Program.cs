using System.Globalization;
using EucaConsole.LoadTest.Orchestration;
using EucaConsole.LoadTest.Reference;

namespace EucaConsole.LoadTest;

// An explicit entry point (not top-level statements): the tests reference this project and the
// console's, and two global Program types would clash there.
internal static class LoadTestProgram
{
    public static async Task<int> Main(string[] args)
    {
        // scripts/loadtest runs this; "reference URL IMAGES" is how the run starts the bare reference server.
        if (args is ["reference", var url, var images])
        {
            return await ReferenceServer.RunAsync(url, int.Parse(images, CultureInfo.InvariantCulture));
        }

        LoadOptions options;
        try
        {
            var repository = AppContext.BaseDirectory;
            while (repository is not null && !File.Exists(Path.Combine(repository, "EucaConsole.Blazor.sln")))
            {
                repository = Path.GetDirectoryName(repository.TrimEnd(Path.DirectorySeparatorChar));
            }

            var defaultDll = Path.Combine(repository ?? ".", "Console.Server", "bin", "Release", "net10.0", "Console.Server.dll");
            options = LoadOptions.Parse(args, defaultDll);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine("Usage: scripts/loadtest [--circuits N] [--images N] [--duration S] [--think-ms MS] [--gcdump PATH] [--redis HOST:PORT] [--console-dll PATH] [--no-reference] [--out FILE] [--json FILE]");
            return 2;
        }

        // A thousand connections' receive loops and users' timers: start with enough pool threads that
        // the driver's own thread injection (a thread or two a second) never shows up as server latency.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 256), Math.Max(io, 256));

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var results = await new LoadRun(options, Console.Out).RunAsync(cancel.Token);
        var report = LoadReport.Markdown(options, results);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.Output is { } output)
        {
            await File.WriteAllTextAsync(output, report);
        }

        if (options.Json is { } json)
        {
            await File.WriteAllTextAsync(json, System.Text.Json.JsonSerializer.Serialize(results));
        }

        return results.All(r => r.Clean) ? 0 : 1;
    }
}
