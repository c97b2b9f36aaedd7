using Microsoft.AspNetCore.Authentication.Cookies;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// The session cookie as the sign-in scheme sees it: it writes and deletes the cookie like
/// <see cref="SessionCookieManager"/> but never reads the one the request brought. The cookie handler
/// stores a new ticket under the key of the request's cookie when there is one (it "renews" it): a key
/// planted in the browser before sign-in would become the new session's. Not reading it, the handler
/// makes a new key every time.
/// </summary>
public sealed class SessionStartCookieManager : ICookieManager
{
    private readonly SessionCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => null;

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, key, value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) => _inner.DeleteCookie(context, key, options);
}
