using EucaConsole.Server.Security;
using Microsoft.AspNetCore.Http;

namespace EucaConsole.Tests.Server.Security;

public sealed class SecurityHeadersMiddlewareTests
{
    private static async Task<IHeaderDictionary> HeadersFor(string scheme)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString("console.example.com");
        await new SecurityHeadersMiddleware(_ => Task.CompletedTask).InvokeAsync(context);
        return context.Response.Headers;
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_stay_on_https_and_the_socket_is_wss()
    {
        var headers = await HeadersFor("https");

        Assert.Equal("max-age=31536000", headers.StrictTransportSecurity.ToString());
        Assert.Contains("connect-src 'self' wss://console.example.com;", headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_plain_http_there_is_no_hsts()
    {
        var headers = await HeadersFor("http");

        Assert.False(headers.ContainsKey("Strict-Transport-Security"));
        Assert.Contains("connect-src 'self' ws://console.example.com;", headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
    }
}
