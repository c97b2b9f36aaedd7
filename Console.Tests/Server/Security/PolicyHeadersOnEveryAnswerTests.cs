using System.Net;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Server.Security;

/// <summary>
/// The policy headers on every answer of a Production console behind a trusted proxy: computed from the
/// scheme and host the proxy forwarded (HSTS, a wss: socket), and present on refusals and missing pages too.
/// </summary>
public sealed class PolicyHeadersOnEveryAnswerTests : IAsyncLifetime
{
    private ConsoleServerProcess _console = default!;

    public async Task InitializeAsync() => _console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        ["Sandbox:Enabled"] = "false",
    }, environment: "Production");

    public async Task DisposeAsync() => await _console.DisposeAsync();

    private async Task<HttpResponseMessage> ThroughTheProxyAsync(HttpMethod method, string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _console.Address };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "console.example");
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" });
        }

        return await http.SendAsync(request);
    }

    private static void AssertPolicyHeaders(HttpResponseMessage answer)
    {
        Assert.Equal("max-age=31536000", Assert.Single(answer.Headers.GetValues("Strict-Transport-Security")));
        var policy = Assert.Single(answer.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self' wss://console.example", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(answer.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(answer.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_page_behind_a_trusted_tls_proxy_gets_hsts_and_a_wss_socket_for_the_forwarded_host()
    {
        using var answer = await ThroughTheProxyAsync(HttpMethod.Get, "/signin");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        AssertPolicyHeaders(answer);
    }

    [Fact]
    public async Task A_missing_page_carries_the_policy_headers()
    {
        using var answer = await ThroughTheProxyAsync(HttpMethod.Get, "/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        AssertPolicyHeaders(answer);
    }

    [Theory]
    [InlineData("/signout")]
    [InlineData("/culture")]
    [InlineData("/session/region")]
    public async Task A_post_without_its_anti_forgery_token_is_a_400_with_the_policy_headers_and_one_log_line(string path)
    {
        using var answer = await ThroughTheProxyAsync(HttpMethod.Post, path);

        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{answer.StatusCode}; the console's log:\n{_console.Log}");
        AssertPolicyHeaders(answer);
        await Task.Delay(200); // the log line is written as the answer goes
        Assert.DoesNotContain("   at ", _console.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", _console.Log, StringComparison.Ordinal);
        Assert.Single(_console.Log.Split('\n'), line => line.Contains($"Refused a POST to {path} without a valid anti-forgery token", StringComparison.Ordinal));
        Assert.DoesNotContain(_console.Log.Split('\n'), line => line.StartsWith("fail:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET /signin HTTP/1.1\r\nHost: a'b\r\nConnection: close\r\n\r\n")]
    [InlineData("GET /signin HTTP/1.0\r\nConnection: close\r\n\r\n")]
    public async Task A_request_with_a_malformed_or_missing_host_is_a_400_not_a_500(string raw)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(_console.Address.Host, _console.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(raw));
        using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        var status = await reader.ReadLineAsync();

        Assert.True(status is not null && status.Contains(" 400 ", StringComparison.Ordinal), $"{status}; the console's log:\n{_console.Log}");
        Assert.DoesNotContain("fail:", _console.Log, StringComparison.Ordinal);
    }
}

