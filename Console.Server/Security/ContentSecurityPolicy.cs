namespace EucaConsole.Server.Security;

/// <summary>
/// The console's Content-Security-Policy. Blazor Server and MudBlazor need no inline or evaluated
/// script; MudBlazor sets inline <c>style</c> attributes (positions of popovers, widths), so styles allow
/// 'unsafe-inline' — styles cannot run code. The key-pair download is a <c>data:</c> link, images may be
/// <c>data:</c> SVG. The circuit's WebSocket goes back to the same host.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var socketScheme = request.IsHttps ? "wss" : "ws";
        var socketOrigin = request.Host.HasValue ? $" {socketScheme}://{request.Host.Value}" : string.Empty;
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            $"connect-src 'self'{socketOrigin}",
            "object-src 'none'",
            "frame-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    }
}
