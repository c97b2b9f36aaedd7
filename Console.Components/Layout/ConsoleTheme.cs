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
            TextSecondary = "rgba(0,0,0,0.66)",
            // MudBlazor's defaults carry white text at 2–3.7:1; these hold 4.5:1 with it.
            Success = "#1b7a36",
            Info = "#0b66c3",
            Warning = "#9a5b00",
            Error = "#c62828",
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
            TextSecondary = "rgba(255,255,255,0.72)",
            ActionDisabled = "rgba(255,255,255,0.42)",
            // Light colours on a dark page: near-black text on them holds 4.5:1.
            SuccessContrastText = "#0b1a20",
            InfoContrastText = "#0b1a20",
            WarningContrastText = "#0b1a20",
            ErrorContrastText = "#0b1a20",
        },
    };
}
