using System.Collections.Concurrent;

namespace EucaConsole.Components.Layout;

/// <summary>
/// MudBlazor's classes for the buttons and text drawn as plain elements (see <see cref="Glyph"/>): the
/// look of MudIconButton, MudButton and MudText without a component per element per circuit. Each class
/// string is made once per process, not per render.
/// </summary>
public static class Mud
{
    private static readonly ConcurrentDictionary<(string Variant, string Color, string Size), string> Buttons = new();
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    public const string IconButton = "mud-button-root mud-icon-button mud-ripple mud-ripple-icon";

    public const string SmallIconButton = IconButton + " mud-icon-button-size-small";

    /// <summary>A text button: "outlined" or "filled", a theme colour ("default", "primary", "error", "inherit"), "small" or "medium".</summary>
    public static string Button(string variant, string color = "default", string size = "medium") =>
        Buttons.GetOrAdd((variant, color, size),
            key => $"mud-button-root mud-button mud-button-{key.Variant} mud-button-{key.Variant}-{key.Color} mud-button-{key.Variant}-size-{key.Size} mud-ripple");

    /// <summary>MudText's classes for a typography ("h4", "h6", "caption", "subtitle2", "body2").</summary>
    public static string Text(string typo) => Texts.GetOrAdd(typo, key => $"mud-typography mud-typography-{key}");
}
