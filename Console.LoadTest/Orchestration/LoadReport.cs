using System.Globalization;
using System.Text;

namespace EucaConsole.LoadTest.Orchestration;

/// <summary>The run's figures as a Markdown table, with the console's ratios to the reference.</summary>
internal static class LoadReport
{
    public static string Markdown(LoadOptions options, IReadOnlyList<TargetResult> results)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{options.Circuits:N0} circuits on {options.Page} with {options.Images:N0} images{(options.Instances > 0 ? $" and {options.Instances:N0} instances" : "")} (the bare page lists the images), users acting for {options.Duration.TotalSeconds:0} s (mean think time {options.ThinkTime.TotalSeconds:0.#} s); {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("| target | circuits open | errors | circuit failures (server log) | events | no render | p50 ms | p95 ms | p99 ms | render KB/circuit | live heap before | live heap after | heap per circuit |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            text.AppendLine(c, $"| {r.Name} | {r.CircuitsOpened:N0}/{r.CircuitsRequested:N0} | {r.Errors.Count} | {r.ServerCircuitFailures} | {r.Events:N0} | {r.EventsWithoutRender:N0} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {(r.CircuitsOpened == 0 ? 0 : r.RenderBytes / 1024.0 / r.CircuitsOpened):0.0} | {Mb(r.HeapBefore)} | {Mb(r.HeapAfter)} | {Kb(r.HeapPerCircuit)} |");
        }

        if (results.Count == 2 && results[0].HeapPerCircuit is { } reference && results[1].HeapPerCircuit is { } console && reference > 0)
        {
            text.AppendLine();
            text.AppendLine(c, $"Heap per circuit, console ÷ reference: **{console / reference:0.00}×**. p99, console ÷ reference: {results[1].P99 / results[0].P99:0.00}×.");
        }

        foreach (var r in results.Where(r => r.Errors.Count > 0))
        {
            text.AppendLine();
            text.AppendLine(c, $"First errors of {r.Name}:");
            foreach (var error in r.Errors.Take(10))
            {
                text.AppendLine(c, $"- {error}");
            }
        }

        return text.ToString();
    }

    private static string Mb(long? bytes) => bytes is { } b ? (b / 1024.0 / 1024.0).ToString("0.0 'MB'", CultureInfo.InvariantCulture) : "—";

    private static string Kb(double? bytes) => bytes is { } b ? (b / 1024.0).ToString("0 'KB'", CultureInfo.InvariantCulture) : "—";
}
