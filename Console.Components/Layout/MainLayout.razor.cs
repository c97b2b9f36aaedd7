using MudBlazor;

namespace EucaConsole.Components.Layout;

public partial class MainLayout
{
    private MudThemeProvider? _themeProvider;
    private PageErrorBoundary? _boundary;
    private bool _isDarkMode;
    private bool _drawerOpen = true;

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private void Retry() => _boundary?.Recover();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The system preference is only known in the browser, so it is read once the circuit is live.
        if (firstRender && _themeProvider is not null)
        {
            _isDarkMode = await _themeProvider.GetSystemDarkModeAsync();
            StateHasChanged();
        }
    }
}
