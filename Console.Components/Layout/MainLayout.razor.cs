using EucaConsole.Components.Lite;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace EucaConsole.Components.Layout;

public partial class MainLayout
{
    private ColorSchemeWatch? _colorScheme;
    private PageErrorBoundary? _boundary;
    private ThemeChoice _theme = ThemeChoice.System;
    private bool _systemIsDark;
    private bool _isDarkMode;
    private bool _wideClosed;
    private bool _narrowOpen;

    private static readonly MarkupString MenuIcon = Glyph.ButtonLabel(Icons.Material.Filled.Menu);

    private const string ToggleClass = Mud.BarIconButton;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>The page to come back to after a language or region switch: this page's path and query.</summary>
    private string ReturnUrl => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    private void ToggleWide() => _wideClosed = !_wideClosed;

    private void ToggleNarrow() => _narrowOpen = !_narrowOpen;

    // On a narrow screen the drawer covers the page: a new page closes it.
    protected override void OnParametersSet() => _narrowOpen = false;

    private void Retry() => _boundary?.Recover();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The system preference and the remembered choice are only known in the browser, so they are read once the circuit is live.
        if (firstRender)
        {
            _colorScheme = new ColorSchemeWatch(Js, dark => _ = InvokeAsync(() => SystemDarkModeChanged(dark)));
            _systemIsDark = await ReadSystemDarkModeAsync(_colorScheme);
            _theme = ThemeChoices.Parse(await ReadStoredThemeAsync());
            ApplyTheme();
            StateHasChanged();
        }
    }

    /// <summary>The operating system switched between light and dark: followed only when the user chose "system".</summary>
    private void SystemDarkModeChanged(bool dark)
    {
        _systemIsDark = dark;
        ApplyTheme();
        StateHasChanged();
    }

    private static async Task<bool> ReadSystemDarkModeAsync(ColorSchemeWatch watch)
    {
        try
        {
            return await watch.StartAsync();
        }
        catch (Exception error) when (error is JSException or JSDisconnectedException)
        {
            return false; // no answer from the browser: light, as the page was drawn
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_colorScheme is not null)
        {
            await _colorScheme.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private async Task ChooseThemeAsync(ThemeChoice choice)
    {
        _theme = choice;
        ApplyTheme();
        try
        {
            await Js.InvokeVoidAsync("localStorage.setItem", ThemeChoices.StorageKey, choice.ToString());
        }
        catch (Exception error) when (error is JSException or JSDisconnectedException)
        {
            // Storage refused (private mode, quota): the choice holds until the page is reloaded.
        }
    }

    private void ApplyTheme() => _isDarkMode = _theme switch
    {
        ThemeChoice.Light => false,
        ThemeChoice.Dark => true,
        _ => _systemIsDark,
    };

    private async Task<string?> ReadStoredThemeAsync()
    {
        try
        {
            return await Js.InvokeAsync<string?>("localStorage.getItem", ThemeChoices.StorageKey);
        }
        catch (Exception error) when (error is JSException or JSDisconnectedException)
        {
            return null;
        }
    }
}
