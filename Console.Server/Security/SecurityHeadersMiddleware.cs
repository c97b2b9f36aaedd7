namespace EucaConsole.Server.Security;

/// <summary>
/// Browser policy headers on every response (pages, static files, the Blazor hub). Modelled on the
/// Aspire dashboard's BrowserSecurityHeadersMiddleware: whatever is injected into a page cannot load or
/// run script from anywhere else, send the user's data elsewhere, or frame the console.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
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

        return next(context);
    }
}
