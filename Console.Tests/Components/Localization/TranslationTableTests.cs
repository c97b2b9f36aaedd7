using System.Text.RegularExpressions;
using System.Xml.Linq;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Components.Localization;

/// <summary>Each language's table: names unique ignoring case (the resource compiler drops such twins silently) and the same placeholders as the English text.</summary>
public sealed partial class TranslationTableTests
{
    public static TheoryData<string> Tables =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Console.Components", "Localization"), "ConsoleText.*.resx").Select(path => Path.GetFileName(path))];

    private static IReadOnlyList<(string Name, string Value)> Entries(string file) =>
        [.. XDocument.Load(Path.Combine(RepositoryPaths.Root, "Console.Components", "Localization", file)).Root!.Elements("data")
            .Select(d => ((string)d.Attribute("name")!, (string)d.Element("value")!))];

    [GeneratedRegex(@"\{\d+\}")]
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
}
