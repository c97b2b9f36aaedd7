using Microsoft.AspNetCore.Authentication.Cookies;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// Names the session cookie by the request's scheme: over HTTPS (directly or through a trusted proxy)
/// it is <c>__Host-euca.session</c>, which browsers accept only when Secure, host-only and on path "/",
/// so no sibling domain or plain-HTTP page can set or overwrite it. Over plain HTTP (the console on
/// localhost) it is <c>euca.session</c>, which a browser would otherwise refuse.
/// </summary>
public sealed class SessionCookieManager : ICookieManager
{
    public const string BaseName = "euca.session";
    public const string SecureName = "__Host-" + BaseName;

    private readonly ChunkingCookieManager _inner = new();

    public static string NameFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsHttps ? SecureName : BaseName;
    }

    public string? GetRequestCookie(HttpContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _inner.GetRequestCookie(context, NameFor(context.Request));
    }

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        _inner.AppendResponseCookie(context, NameFor(context.Request), value, Shape(context, options));
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        _inner.DeleteCookie(context, NameFor(context.Request), Shape(context, options));
    }

    private static CookieOptions Shape(HttpContext context, CookieOptions options) => new(options)
    {
        Secure = context.Request.IsHttps,
        Path = "/",
        Domain = null,
    };
}
