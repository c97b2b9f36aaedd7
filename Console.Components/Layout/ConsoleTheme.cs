using MudBlazor;

namespace EucaConsole.Components.Layout;

/// <summary>
/// The console's palette: one light and one dark (the user's choice or the system's). Text on the
/// coloured buttons is chosen for WCAG AA contrast (4.5:1): white on the light theme's deep colours,
/// near-black on the dark theme's light ones.
/// </summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f6f8b",
            Secondary = "#a84f00",
            AppbarBackground = "#17323f",
            DrawerBackground = "#f5f7f8",
            Background = "#fbfcfc",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#5fb3d1",
            PrimaryContrastText = "#0b1a20",
            Secondary = "#f0a35a",
            SecondaryContrastText = "#0b1a20",
            AppbarBackground = "#0f1d24",
            DrawerBackground = "#162229",
            Background = "#111a1f",
            Surface = "#1a262d",
        },
    };
}
