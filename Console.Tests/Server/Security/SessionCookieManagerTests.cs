using EucaConsole.Server.Authentication;
using Microsoft.AspNetCore.Http;

namespace EucaConsole.Tests.Server.Security;

public sealed class SessionCookieManagerTests
{
    private static string SetCookie(bool https)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = https ? "https" : "http";
        new SessionCookieManager().AppendResponseCookie(context, "ignored", "value", new CookieOptions { Domain = "example.com", Path = "/x", HttpOnly = true });
        return context.Response.Headers.SetCookie.ToString();
    }

    [Fact]
    public void Over_https_the_cookie_is_host_prefixed_secure_host_only_and_on_the_root_path()
    {
        var cookie = SetCookie(https: true);

        Assert.StartsWith("__Host-euca.session=value", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Over_plain_http_the_cookie_has_no_prefix_a_browser_would_refuse()
    {
        var cookie = SetCookie(https: false);

        Assert.StartsWith("euca.session=value", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_cookie_is_read_under_the_name_for_the_scheme()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Headers.Cookie = "euca.session=plain; __Host-euca.session=prefixed";

        Assert.Equal("prefixed", new SessionCookieManager().GetRequestCookie(context, "ignored"));
    }
}
