using System.Text.RegularExpressions;
using System.Xml.Linq;
using EucaConsole.Components.Lite;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Components.Lite;

/// <summary>
/// One UI dialect: MudBlazor components everywhere, except the hot-path elements drawn as plain markup, which take
/// MudBlazor's class names from Components/Lite only; and every class named there exists in the pinned MudBlazor's stylesheet.
/// </summary>
public sealed partial class UiDialectTests
{
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])mud-[a-z0-9-]*[a-z0-9]")]
    private static partial Regex MudClass();

    // A whole class name in source: not the fixed start of one made from parts (mud-icon-size-{size}).
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])mud-[a-z0-9-]*[a-z0-9](?![a-z0-9-])")]
    private static partial Regex WholeMudClass();

    /// <summary>
    /// Classes MudBlazor's own components write with no rule of their own (the default colour and medium size are
    /// styled by their absence; MudIconButton writes hover:mud-inherit-hover for Color.Inherit): kept for markup
    /// parity, named here so that nothing else slips through.
    /// </summary>
    private static readonly HashSet<string> UnstyledByMudBlazor = new(StringComparer.Ordinal)
    {
        "mud-button-text-default", "mud-button-outlined-default", "mud-button-filled-default", "mud-button-filled-inherit",
        "mud-button-text-size-medium", "mud-button-outlined-size-medium", "mud-button-filled-size-medium",
        "mud-chip-color-default", "mud-inherit-hover",
    };

    private static IEnumerable<string> SourcesOf(string project) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, project), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void No_mud_class_name_is_written_outside_the_lite_folder()
    {
        var lite = $"{Path.DirectorySeparatorChar}Lite{Path.DirectorySeparatorChar}";
        var offenders = SourcesOf("Console.Components").Concat(SourcesOf("Console.Server"))
            .Where(f => !f.Contains(lite, StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => MudClass().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "mud- classes written by hand (use Components/Lite/Mud or a MudBlazor component):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Every_mud_class_the_lite_elements_and_the_stylesheet_use_exists_in_the_pinned_mudblazor()
    {
        var stylesheet = File.ReadAllText(PinnedStylesheet());
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in SourcesOf(Path.Combine("Console.Components", "Lite")))
        {
            used.UnionWith(WholeMudClass().Matches(File.ReadAllText(file)).Select(m => m.Value));
        }

        // What the helpers make from their parts, for every value they accept.
        foreach (var variant in Mud.Variants)
        {
            foreach (var color in Mud.Colors)
            {
                foreach (var size in Mud.Sizes)
                {
                    used.UnionWith(MudClass().Matches(Mud.Button(variant, color, size)).Select(m => m.Value));
                }
            }
        }

        foreach (var typo in Mud.Typos)
        {
            used.UnionWith(MudClass().Matches(Mud.Text(typo) + " " + Mud.Link(typo)).Select(m => m.Value));
        }

        foreach (var size in Mud.Sizes)
        {
            used.UnionWith(MudClass().Matches(Glyph.Icon(MudBlazor.Icons.Material.Filled.Close, size).Value + Glyph.StartIcon(MudBlazor.Icons.Material.Filled.Close, size).Value
                + Glyph.ButtonLabel(MudBlazor.Icons.Material.Filled.Close, size).Value).Select(m => m.Value));
        }

        // The console's own stylesheet styles MudBlazor's elements too.
        used.UnionWith(MudClass().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Console.Server", "wwwroot", "app.css"))).Select(m => m.Value));

        var missing = used.Where(c => !UnstyledByMudBlazor.Contains(c) && !Regex.IsMatch(stylesheet, $@"[.:]{Regex.Escape(c)}(?![a-z0-9-])")).ToList();
        Assert.True(missing.Count == 0, $"Not in MudBlazor {PinnedVersion()}'s stylesheet: {string.Join(", ", missing)}");
        Assert.True(used.Count > 40, $"Only {used.Count} classes found: the scan is not seeing the lite elements.");
    }

    [Fact]
    public void A_helper_refuses_a_value_the_upgrade_check_does_not_cover() =>
        Assert.Throws<ArgumentException>(() => Mud.Button("outline", "primary"));

    private static string PinnedVersion() =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == "MudBlazor").Attribute("Version")!.Value;

    private static string PinnedStylesheet()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = Path.Combine(packages, "mudblazor", PinnedVersion(), "staticwebassets", "MudBlazor.min.css");
        Assert.True(File.Exists(path), $"The pinned MudBlazor's stylesheet is not at {path}");
        return path;
    }
}
