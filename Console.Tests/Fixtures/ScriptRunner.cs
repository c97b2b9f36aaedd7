using System.Diagnostics;

namespace EucaConsole.Tests.Fixtures;

/// <summary>Runs one of the project's scripts (or a tool) and gives back its exit code and output.</summary>
public static class ScriptRunner
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";
    }

    public static async Task<Result> RunAsync(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        // A path inside the repository (infra/deploy.sh) runs from the checkout; a bare name is looked up on PATH.
        var start = new ProcessStartInfo(file.Contains('/', StringComparison.Ordinal) ? Path.Combine(RepositoryPaths.Root, file) : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in time");
        }

        return new Result(process.ExitCode, await output, await errors);
    }
}
