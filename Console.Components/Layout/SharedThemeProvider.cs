using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace EucaConsole.Components.Layout;

/// <summary>
/// MudThemeProvider (the theme's CSS variables, the system's dark mode) with its stylesheet made once
/// per theme and mode for the whole process. MudThemeProvider writes the stylesheet (some 23 KB) anew
/// at every render, and every circuit kept two copies of it in its render trees.
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    private static readonly ConcurrentDictionary<(MudTheme? Theme, bool Dark), string> Stylesheets = new();
    private static string? _scrollbar;

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        if (!DefaultScrollbar)
        {
            __builder.AddMarkupContent(0, _scrollbar ??= BuildMudBlazorScrollbar());
        }

        // The stylesheet follows the theme and the mode only (this console sets no palette of its own).
        // The mode is read as MainLayout gives it: the provider's own state of it is private.
#pragma warning disable MUD0010
        var dark = IsDarkMode;
#pragma warning restore MUD0010
        __builder.AddMarkupContent(1, Stylesheets.GetOrAdd((Theme, dark), _ => BuildTheme()));
    }
}
