namespace EucaConsole.Server.Sandbox;

/// <summary>Finds commands on PATH, and the interpreter a Python entry-point script runs with.</summary>
internal static class ExecutableLocator
{
    public static string? Find(string command)
    {
        if (command.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(command) ? command : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// The Python of a pip-installed script (its <c>#!</c> line), so the seed runs where boto3 lives;
    /// null for wrappers such as pyenv shims, whose python3 on PATH is then the same one.
    /// </summary>
    public static string? InterpreterOf(string script)
    {
        try
        {
            using var reader = new StreamReader(script);
            var first = reader.ReadLine();
            if (first is null || !first.StartsWith("#!", StringComparison.Ordinal))
            {
                return null;
            }

            var interpreter = first[2..].Trim().Split(' ')[0];
            return interpreter.Contains("python", StringComparison.Ordinal) && File.Exists(interpreter) ? interpreter : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
