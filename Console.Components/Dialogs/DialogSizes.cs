using MudBlazor;

namespace EucaConsole.Components.Dialogs;

/// <summary>
/// The options every dialog opens with, by size: full width up to the size, closed by Escape. A fresh
/// instance each time (MudBlazor keeps a dialog's options with it).
/// </summary>
public static class DialogSizes
{
    /// <summary>Forms and prompts.</summary>
    public static DialogOptions Small => new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Documents and editors (a policy, tags).</summary>
    public static DialogOptions Medium => new() { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Long output (an instance's console).</summary>
    public static DialogOptions Large => new() { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>A dialog holding a private key the user pasted: a stray Escape must not throw away what was pasted.</summary>
    public static DialogOptions SmallKeptOnEscape => new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = false };
}
