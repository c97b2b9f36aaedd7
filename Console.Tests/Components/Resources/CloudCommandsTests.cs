using Bunit;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Resources;

/// <summary>The one path of a change: progress while it runs, its outcome said, the cloud's error (code and text) kept on screen.</summary>
public sealed class CloudCommandsTests : ConsoleComponentTest
{
    private static CloudException Refused() => new(CloudErrorKind.Service, CloudService.Compute, "DeleteSnapshot", new Uri("http://127.0.0.1:5000/"),
        "The snapshot is in use by ami-1", "InvalidSnapshot.InUse", 400);

    [Fact]
    public async Task A_change_shows_what_it_is_doing_while_it_runs_and_says_when_it_is_done()
    {
        var commands = Services.GetRequiredService<CloudCommands>();
        var messages = Services.GetRequiredService<ISnackbar>();
        var release = new TaskCompletionSource();

        var running = commands.RunAsync("snap-1 deleted", _ => release.Task, working: "Deleting snap-1");
        Assert.Equal("Deleting snap-1…", messages.ShownSnackbars.Single().Message);
        Assert.Equal(["Deleting snap-1"], commands.Running);
        release.SetResult();

        Assert.True(await running);
        Assert.Empty(commands.Running);
        var said = messages.ShownSnackbars.Single();
        Assert.Equal("snap-1 deleted", said.Message);
        Assert.Equal(Severity.Success, said.Severity);
    }

    [Fact]
    public async Task A_refused_change_shows_the_clouds_code_and_text_as_an_error_and_says_it_was_not_made()
    {
        var commands = Services.GetRequiredService<CloudCommands>();

        Assert.False(await commands.RunAsync("snap-1 deleted", _ => throw Refused()));

        var said = Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single();
        Assert.Equal(Severity.Error, said.Severity);
        Assert.Contains("InvalidSnapshot.InUse", said.Message, StringComparison.Ordinal);
        Assert.Contains("The snapshot is in use by ami-1", said.Message, StringComparison.Ordinal);
        Assert.Empty(commands.Running);
    }

    [Fact]
    public async Task A_read_before_a_change_gives_its_value_or_nothing_with_the_error_shown()
    {
        var commands = Services.GetRequiredService<CloudCommands>();

        var read = await commands.ReadAsync(_ => Task.FromResult<IReadOnlyList<string>>(["vol-1"]), CancellationToken.None);
        var refused = await commands.ReadAsync<IReadOnlyList<string>>(_ => throw Refused(), CancellationToken.None);

        Assert.True(read.Succeeded);
        Assert.Equal(["vol-1"], read.Value);
        Assert.False(refused.Succeeded);
        Assert.Equal(Severity.Error, Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Severity);
    }

    [Fact]
    public void Only_the_command_path_writes_a_cloud_error_into_a_message()
    {
        var components = Path.Combine(Fixtures.RepositoryPaths.Root, "Console.Components");
        var offenders = Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("CloudCommands.cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Severity.Error", StringComparison.Ordinal) && File.ReadAllText(f).Contains("Snackbar.Add(", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Where(l => l.Contains("Snackbar.Add(", StringComparison.Ordinal) && l.Contains("Severity.Error", StringComparison.Ordinal))
                .Select(l => $"{Path.GetRelativePath(components, f)}: {l.Trim()}"))
            .ToList();
        Assert.True(offenders.Count == 0, "Error messages written by hand:\n" + string.Join('\n', offenders));
    }
}
