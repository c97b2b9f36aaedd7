using System.Text.RegularExpressions;
using System.Xml.Linq;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Components.Localization;

/// <summary>Each language's table: names unique ignoring case (the resource compiler drops such twins silently) and the same placeholders as the English text.</summary>
public sealed partial class TranslationTableTests
{
    /// <summary>Each translated table, as a path from the repository root: the components' and the domain's.</summary>
    public static TheoryData<string> Tables =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Console.Components", "Localization"), "ConsoleText.*.resx")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Console.Domain", "Text"), "DomainText.*.resx"))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path)),
    ];

    private static IReadOnlyList<(string Name, string Value)> Entries(string file) =>
        [.. XDocument.Load(Path.Combine(RepositoryPaths.Root, file)).Root!.Elements("data")
            .Select(d => ((string)d.Attribute("name")!, (string)d.Element("value")!))];

    /// <summary>The project a table belongs to: its names must be texts that project's code asks for.</summary>
    private static string ProjectOf(string file) => Path.Combine(RepositoryPaths.Root, file.Split(Path.DirectorySeparatorChar)[0]);

    // {0}, {1:N0}: a translation that drops or changes a format loses a value or its formatting.
    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [Theory]
    [MemberData(nameof(Tables))]
    public void Names_are_unique_ignoring_case(string file)
    {
        var twins = Entries(file).GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twins);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_translation_keeps_the_placeholders_of_its_English_text(string file)
    {
        foreach (var (name, value) in Entries(file))
        {
            Assert.True(value.Trim().Length > 0, $"{name}: empty translation");
            Assert.Equal(Placeholder().Matches(name).Select(m => m.Value).Order(), Placeholder().Matches(value).Select(m => m.Value).Order());
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_translated_name_is_a_text_the_code_asks_for(string file)
    {
        var sources = string.Join('\n', Directory.EnumerateFiles(ProjectOf(file), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        // Nouns are looked up as "noun/" + a table's noun; everything else is a C# string literal somewhere.
        var stale = Entries(file).Select(e => e.Name)
            .Where(name => !name.StartsWith("noun/", StringComparison.Ordinal))
            .Where(name => !sources.Contains('"' + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + '"', StringComparison.Ordinal))
            .ToList();
        Assert.Empty(stale);
    }
}
