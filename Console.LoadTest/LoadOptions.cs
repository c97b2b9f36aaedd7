using System.Globalization;

namespace EucaConsole.LoadTest;

/// <summary>The run's settings, from the command line (scripts/loadtest passes them through).</summary>
internal sealed record LoadOptions
{
    public int Circuits { get; init; } = 1000;

    public int Images { get; init; } = 15_000;

    /// <summary>Instances launched in moto before the console starts (for a run on /instances).</summary>
    public int Instances { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Mean pause between a user's actions (each pause is 0.5–1.5× this).</summary>
    public TimeSpan ThinkTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Circuits being opened at once.</summary>
    public int OpenConcurrency { get; init; } = 25;

    public required string ConsoleDll { get; init; }

    /// <summary>dotnet-gcdump's path; without it no heap is measured.</summary>
    public string? GcdumpTool { get; init; }

    /// <summary>A Redis the console uses (host:port); none: the console keeps everything in process.</summary>
    public string? Redis { get; init; }

    public string Page { get; init; } = "/images";

    public bool Reference { get; init; } = true;

    /// <summary>Where the Markdown summary goes (for docs/benchmarks.md).</summary>
    public string? Output { get; init; }

    /// <summary>Where the results go as JSON (what the CI smoke test reads).</summary>
    public string? Json { get; init; }

    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "euca-loadtest");

    public static LoadOptions Parse(IReadOnlyList<string> args, string defaultConsoleDll)
    {
        var options = new LoadOptions { ConsoleDll = defaultConsoleDll };
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new ArgumentException($"{args[i - 1]} takes a positive whole number.");
            options = args[i] switch
            {
                "--circuits" => options with { Circuits = Number() },
                "--images" => options with { Images = Number() },
                "--instances" => options with { Instances = Number() },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number()) },
                "--think-ms" => options with { ThinkTime = TimeSpan.FromMilliseconds(Number()) },
                "--open-concurrency" => options with { OpenConcurrency = Number() },
                "--console-dll" => options with { ConsoleDll = Value() },
                "--gcdump" => options with { GcdumpTool = Value() },
                "--redis" => options with { Redis = Value() },
                "--page" => options with { Page = Value() },
                "--no-reference" => options with { Reference = false },
                "--out" => options with { Output = Value() },
                "--json" => options with { Json = Value() },
                "--work" => options with { WorkDirectory = Value() },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }
}
