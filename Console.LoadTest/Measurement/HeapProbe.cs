using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EucaConsole.LoadTest.Measurement;

/// <summary>
/// A process's live managed heap, measured with dotnet-gcdump: it forces a full blocking GC and walks
/// what survives, so the figure is live objects only (not RSS, not garbage awaiting collection).
/// </summary>
internal sealed partial class HeapProbe(string gcdumpTool, string workDirectory)
{
    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapBytes();

    public async Task<long> LiveBytesAsync(int processId, string label)
    {
        var file = Path.Combine(workDirectory, $"{label}-{processId}.gcdump");
        // A collection over EventPipe's lossy buffers can fail on a busy heap of half a gigabyte: a few tries.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RunAsync("collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file);
                break;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(5));
            }
        }

        var report = await RunAsync("report", file);
        var match = HeapBytes().Match(report);
        if (!match.Success)
        {
            throw new InvalidOperationException($"dotnet-gcdump report did not give the heap size:{Environment.NewLine}{report[..Math.Min(report.Length, 2000)]}");
        }

        return long.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    /// <summary>The report of the last dump taken for a label, largest types first (for finding where memory goes).</summary>
    public Task<string> TopTypesAsync(int processId, string label) =>
        RunAsync("report", Path.Combine(workDirectory, $"{label}-{processId}.gcdump"));

    private async Task<string> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo(gcdumpTool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {gcdumpTool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{gcdumpTool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }

        return await output;
    }
}
