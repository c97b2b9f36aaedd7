namespace EucaConsole.Server.Security;

/// <summary>
/// Browser policy headers on every response (pages, static files, the Blazor hub, error and status-code
/// pages). Modelled on the Aspire dashboard's BrowserSecurityHeadersMiddleware: whatever is injected into
/// a page cannot load or run script from anywhere else, send the user's data elsewhere, or frame the
/// console. Written as the response starts, so an error page (whose handler clears the headers first)
/// carries them too; placed after the forwarded-headers rule, so HSTS and the socket's scheme follow
/// what a trusted proxy forwarded.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context.Request);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        if (context.Request.IsHttps)
        {
            // Once a browser has seen the console over HTTPS it never tries plain HTTP again.
            headers.StrictTransportSecurity = "max-age=31536000";
        }
    }
}
