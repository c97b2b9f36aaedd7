using MudBlazor;

namespace EucaConsole.Components.Layout;

/// <summary>The console's palette: one light and one dark, chosen by the system preference.</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f6f8b",
            Secondary = "#e07a1f",
            AppbarBackground = "#17323f",
            DrawerBackground = "#f5f7f8",
            Background = "#fbfcfc",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#5fb3d1",
            Secondary = "#f0a35a",
            AppbarBackground = "#0f1d24",
            DrawerBackground = "#162229",
            Background = "#111a1f",
            Surface = "#1a262d",
        },
    };
}
