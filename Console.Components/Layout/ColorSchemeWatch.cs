using Microsoft.JSInterop;

namespace EucaConsole.Components.Layout;

/// <summary>
/// The operating system's light or dark preference, read once and followed while the layout lives
/// (<c>prefers-color-scheme</c> in color-scheme.js). Disposed with the layout, it stops listening.
/// </summary>
public sealed class ColorSchemeWatch(IJSRuntime js, Action<bool> changed) : IAsyncDisposable
{
    private readonly string _key = Guid.NewGuid().ToString("N");
    private DotNetObjectReference<ColorSchemeWatch>? _self;

    /// <summary>Starts following the preference; answers whether it is dark now.</summary>
    public async Task<bool> StartAsync()
    {
        _self ??= DotNetObjectReference.Create(this);
        return await js.InvokeAsync<bool>("eucaConsole.watchColorScheme", _self, _key);
    }

    [JSInvokable]
    public void ColorSchemeChanged(bool dark) => changed(dark);

    public async ValueTask DisposeAsync()
    {
        if (_self is null)
        {
            return;
        }

        try
        {
            await js.InvokeVoidAsync("eucaConsole.unwatchColorScheme", _key);
        }
        catch (Exception error) when (error is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // The browser is gone: nothing listens any more.
        }

        _self.Dispose();
        _self = null;
    }
}
