using EucaConsole.Server.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EucaConsole.Tests.Server.Security;

public sealed class SecurityHeadersMiddlewareTests
{
    private static async Task<IHeaderDictionary> HeadersFor(string scheme, RequestDelegate? next = null)
    {
        var context = new DefaultHttpContext();
        var response = new StartingResponse();
        context.Features.Set<IHttpResponseFeature>(response);
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString("console.example.com");
        await new SecurityHeadersMiddleware(next ?? (_ => Task.CompletedTask)).InvokeAsync(context);
        await response.StartAsync();
        return context.Response.Headers;
    }

    /// <summary>A response that runs its OnStarting callbacks when told to, as a server does when it sends the headers.</summary>
    private sealed class StartingResponse : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];

        public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public async Task StartAsync()
        {
            foreach (var (callback, state) in _starting)
            {
                await callback(state);
            }
        }
    }

    [Fact]
    public async Task Headers_cleared_by_an_error_handler_are_written_again_as_the_answer_starts()
    {
        // The exception handler clears the response before it writes the error page.
        var headers = await HeadersFor("https", context =>
        {
            context.Response.Headers.Clear();
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });

        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("max-age=31536000", headers.StrictTransportSecurity.ToString());
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
