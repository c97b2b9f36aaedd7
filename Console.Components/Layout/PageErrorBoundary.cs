using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;

namespace EucaConsole.Components.Layout;

/// <summary>
/// Around each page's body: an exception a page throws is logged and replaced by a panel with Retry,
/// while the layout (navigation, identity, sign-out) and the session keep working. Moving to another
/// page recovers too.
/// </summary>
public sealed partial class PageErrorBoundary : ErrorBoundary, IDisposable
{
    [Inject] private ILogger<PageErrorBoundary> Logger { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized()
    {
        base.OnInitialized();
        Navigation.LocationChanged += Recover;
    }

    protected override Task OnErrorAsync(Exception exception)
    {
        LogPageFailed(Logger, Navigation.Uri, exception);
        return Task.CompletedTask;
    }

    private void Recover(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e) => InvokeAsync(Recover);

    public void Dispose() => Navigation.LocationChanged -= Recover;

    [LoggerMessage(Level = LogLevel.Error, Message = "A page failed at {Address}; its panel offers Retry and the rest of the console keeps working")]
    private static partial void LogPageFailed(ILogger logger, string address, Exception exception);
}
