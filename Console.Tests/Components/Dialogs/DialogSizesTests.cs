using EucaConsole.Components.Dialogs;
using MudBlazor;

namespace EucaConsole.Tests.Components.Dialogs;

public sealed class DialogSizesTests
{
    [Fact]
    public void Every_dialog_opens_with_the_options_of_its_size_written_in_one_place()
    {
        var components = Path.Combine(Fixtures.RepositoryPaths.Root, "Console.Components");
        var offenders = Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("DialogSizes.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Where(l => l.Contains("new DialogOptions", StringComparison.Ordinal))
                .Select(l => $"{Path.GetRelativePath(components, f)}: {l.Trim()}"))
            .ToList();
        Assert.True(offenders.Count == 0, "Dialog options written outside DialogSizes:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Each_size_is_a_fresh_instance_closed_by_escape_except_the_one_that_keeps_a_pasted_key()
    {
        Assert.NotSame(DialogSizes.Small, DialogSizes.Small);
        Assert.All([DialogSizes.Small, DialogSizes.Medium, DialogSizes.Large], o => Assert.True(o.CloseOnEscapeKey));
        Assert.False(DialogSizes.SmallKeptOnEscape.CloseOnEscapeKey);
        Assert.Equal([MaxWidth.Small, MaxWidth.Medium, MaxWidth.Large], new[] { DialogSizes.Small, DialogSizes.Medium, DialogSizes.Large }.Select(o => o.MaxWidth));
    }
}
