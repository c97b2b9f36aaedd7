using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor;
using MudBlazor.Services;

namespace EucaConsole.Components.Layout;

/// <summary>
/// The console theme's stylesheet (MudBlazor's CSS variables, some 23 KB) for light and for dark, each
/// written once for the whole process by MudBlazor's own <see cref="MudThemeProvider"/>, rendered to
/// HTML outside any circuit. A provider in every circuit wrote it anew at every render and kept two
/// copies in each circuit's render trees; <see cref="ThemeStyles"/> shows the shared string instead.
/// </summary>
public sealed class ThemeStylesheets : IDisposable
{
    private readonly Lazy<string> _light;
    private readonly Lazy<string> _dark;
    private readonly ServiceProvider _services;

    public ThemeStylesheets()
    {
        var services = new ServiceCollection();
        services.AddMudServices();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IJSRuntime, NoBrowser>();
        _services = services.BuildServiceProvider();
        _light = new Lazy<string>(() => Render(dark: false));
        _dark = new Lazy<string>(() => Render(dark: true));
    }

    public string For(bool dark) => dark ? _dark.Value : _light.Value;

    /// <summary>
    /// Writes both stylesheets. The host calls it at startup, so the one synchronous wait on the
    /// renderer happens before the process serves, never on a circuit's thread.
    /// </summary>
    public void Prepare()
    {
        _ = _light.Value;
        _ = _dark.Value;
    }

    private string Render(bool dark)
    {
        // Synchronous by design: called from Prepare at startup (and lazily in component tests).
        using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var html = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = ConsoleTheme.Theme,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            }));
            return html.ToHtmlString();
        }).GetAwaiter().GetResult();
    }

    public void Dispose() => _services.Dispose();

    /// <summary>Rendered to a string, the provider has no browser to talk to.</summary>
    private sealed class NoBrowser : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult<TValue>(default!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult<TValue>(default!);
    }
}
