using EucaConsole.Domain.Cloud;
using MudBlazor;

namespace EucaConsole.Components.Resources;

/// <summary>
/// A change made against the cloud from a page or panel: it runs to the end even if the user leaves (a half-made
/// change is worse than one finishing late), success is said briefly, and a cloud error stays on screen with its code and text.
/// </summary>
public static class CloudChange
{
    /// <summary>True when the change was made.</summary>
    public static async Task<bool> RunAsync(ISnackbar snackbar, string done, Func<CancellationToken, Task> change)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            await change(CancellationToken.None);
            snackbar.Add(done, Severity.Success);
            return true;
        }
        catch (CloudException error)
        {
            snackbar.Add(error.Describe(), Severity.Error, options => options.RequireInteraction = true);
            return false;
        }
    }
}
