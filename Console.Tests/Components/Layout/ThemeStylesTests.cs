using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Layout;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Components.Layout;

/// <summary>The theme's stylesheet, written by MudBlazor's own provider once per mode for the process.</summary>
public sealed class ThemeStylesTests : BunitContext
{
    public ThemeStylesTests() => Services.AddConsoleComponents();

    [Fact]
    public void Each_mode_has_the_console_palette_written_once_and_shared_by_every_layout()
    {
        var sheets = Services.GetRequiredService<ThemeStylesheets>();

        var light = sheets.For(dark: false);
        var dark = sheets.For(dark: true);

        Assert.Contains("--mud-palette-primary: rgba(31,111,139,1);", light, StringComparison.Ordinal); // #1f6f8b
        Assert.Contains("--mud-palette-primary: " + ConsoleTheme.Theme.PaletteDark.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.RGBA) + ";", dark, StringComparison.Ordinal);
        Assert.Contains("--mud-native-html-color-scheme: light;", light, StringComparison.Ordinal);
        Assert.Contains("--mud-native-html-color-scheme: dark;", dark, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-popover-provider", light, StringComparison.Ordinal);
        Assert.Same(light, sheets.For(dark: false));
    }

    [Fact]
    public void The_layouts_styles_follow_the_mode_as_one_markup_frame()
    {
        var sheets = Services.GetRequiredService<ThemeStylesheets>();
        var styles = Render<ThemeStyles>(p => p.Add(s => s.Dark, false));
        Assert.Equal(sheets.For(dark: false), styles.Markup);

        styles.Render(p => p.Add(s => s.Dark, true));

        Assert.Equal(sheets.For(dark: true), styles.Markup);
    }
}
