using EucaConsole.Domain.Cloud;
using EucaConsole.Components.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EucaConsole.Components.Resources;

/// <summary>
/// The one path every change to the cloud takes, and every read that a change needs first (the volumes to
/// offer in a dialog): while it runs, a message says what is being done (through the page's one snackbar
/// provider: no component of its own in every circuit); success is said briefly; a cloud error stays on
/// screen with its code and text until dismissed. A change runs to the end even if the user leaves (a
/// half-made change is worse than one finishing late). One per circuit.
/// </summary>
public sealed class CloudCommands(ISnackbar snackbar, IStringLocalizer<ConsoleText> text)
{
    private readonly List<string> _running = [];
    private Snackbar? _progress;

    /// <summary>What is being done now, oldest first.</summary>
    public IReadOnlyList<string> Running => _running;

    /// <summary>Makes a change. True when it was made; false when the cloud refused (its error is shown).</summary>
    /// <param name="done">What was done, said when it is.</param>
    /// <param name="working">What is being done, for the progress line; "Sending the change to the cloud" unless said.</param>
    public async Task<bool> RunAsync(string done, Func<CancellationToken, Task> change, string? working = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        working ??= text["Sending the change to the cloud"];
        Started(working);
        try
        {
            await change(CancellationToken.None).ConfigureAwait(true);
            snackbar.Add(done, Severity.Success);
            return true;
        }
        catch (CloudException error)
        {
            Report(error);
            return false;
        }
        finally
        {
            Ended(working);
        }
    }

    /// <summary>
    /// Makes a change whose outcome is its own account (what a delete removed first): said from the result and,
    /// being worth reading, kept until dismissed. The result, or null when the cloud refused (its error is shown).
    /// </summary>
    /// <param name="whole">Whether the result is a whole success; when not (a change of several steps that stopped part way), it is said as a warning.</param>
    public async Task<T?> RunAsync<T>(Func<CancellationToken, Task<T>> change, Func<T, string> done, string? working = null, Func<T, bool>? whole = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(done);
        working ??= text["Sending the change to the cloud"];
        Started(working);
        try
        {
            var result = await change(CancellationToken.None).ConfigureAwait(true);
            snackbar.Add(done(result), whole?.Invoke(result) == false ? Severity.Warning : Severity.Success, options => options.RequireInteraction = true);
            return result;
        }
        catch (CloudException error)
        {
            Report(error);
            return null;
        }
        finally
        {
            Ended(working);
        }
    }

    /// <summary>A read a change needs before it can be asked for; not <see cref="CloudRead{T}.Succeeded"/> when the cloud refused (its error is shown).</summary>
    public async Task<CloudRead<T>> ReadAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var working = text["Asking the cloud"];
        Started(working);
        try
        {
            return new(true, await read(cancellationToken).ConfigureAwait(true));
        }
        catch (CloudException error)
        {
            Report(error);
            return default;
        }
        finally
        {
            Ended(working);
        }
    }

    /// <summary>The one way a cloud error is told in a message: its code and text, kept until dismissed.</summary>
    public void Report(CloudException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        snackbar.Add(error.Describe(), Severity.Error, options => options.RequireInteraction = true);
    }

    private void Started(string working)
    {
        _running.Add(working);
        ShowProgress();
    }

    private void Ended(string working)
    {
        _running.Remove(working);
        ShowProgress();
    }

    /// <summary>One progress message for whatever is running now (the latest, and how many more), gone when nothing is.</summary>
    private void ShowProgress()
    {
        if (_progress is not null)
        {
            snackbar.Remove(_progress);
            _progress = null;
        }

        if (_running.Count > 0)
        {
            var text = _running.Count > 1 ? $"{_running[^1]} (+{_running.Count - 1})…" : $"{_running[^1]}…";
            _progress = snackbar.Add(text, Severity.Normal, options =>
            {
                options.RequireInteraction = true;
                options.ShowCloseIcon = false;
                options.SnackbarVariant = Variant.Outlined;
            });
        }
    }
}
