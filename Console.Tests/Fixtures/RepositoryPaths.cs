namespace EucaConsole.Tests.Fixtures;

public static class RepositoryPaths
{
    /// <summary>The checkout root (where EucaConsole.Blazor.sln is).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where browser tests save screenshots; docs/images when EUCA_DOCS_SCREENSHOTS=1.</summary>
    public static string Screenshots
    {
        get
        {
            var directory = Environment.GetEnvironmentVariable("EUCA_DOCS_SCREENSHOTS") == "1"
                ? Path.Combine(Root, "docs", "images")
                : Path.Combine(Root, "TestResults", "screenshots");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EucaConsole.Blazor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EucaConsole.Blazor.sln not found above " + AppContext.BaseDirectory);
    }
}
