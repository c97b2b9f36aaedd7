using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.Cloud;

/// <summary>An HTML error page from a proxy in front of the cloud: one readable line, and retries that stop.</summary>
public sealed class NonCloudReplyTests : IAsyncLifetime
{
    // What nginx answers when the cloud behind it is down.
    private const string NginxBadGateway = """
        <html>
        <head><title>502 Bad Gateway</title></head>
        <body>
        <center><h1>502 Bad Gateway</h1></center>
        <hr><center>nginx/1.22.1</center>
        </body>
        </html>
        """;

    private TokensStub _proxy = default!;

    public async Task InitializeAsync() => _proxy = await TokensStub.StartAsync();

    public async Task DisposeAsync() => await _proxy.DisposeAsync();

    private CloudConnection Connect(int maxRetrySeconds, int maxErrorRetry = 4) => new(new FixedSessionSource(new SignedInSession(
            CloudProfile.ForCompatibleEndpoint(new Uri($"http://127.0.0.1:{_proxy.Port}/"), "us-east-1"),
            new CloudPrincipal("123456789012", "alice", null, null), new CloudCredentials("AKIDTEST", "secret", null, null))),
        Options.Create(new CloudAccessOptions { MaxErrorRetry = maxErrorRetry, MaxRetrySeconds = maxRetrySeconds }));

    [Fact]
    public async Task A_proxys_html_502_is_one_line_with_the_status_and_endpoint_for_ec2_and_query_services()
    {
        _proxy.Reply = _ => (502, NginxBadGateway);
        using var connection = Connect(maxRetrySeconds: 0);

        var ec2 = await Assert.ThrowsAsync<CloudException>(() => Ec2.Over(connection).DescribeAvailabilityZonesAsync(CancellationToken.None));
        var iam = await Assert.ThrowsAsync<CloudException>(() => new IdentityService(connection).ListRolesAsync(CancellationToken.None));

        foreach (var error in new[] { ec2, iam })
        {
            var line = error.Describe();
            Assert.Contains("502 Bad Gateway", line, StringComparison.Ordinal);
            Assert.Contains($"127.0.0.1:{_proxy.Port}", line, StringComparison.Ordinal);
            Assert.DoesNotContain("<", line, StringComparison.Ordinal);
            Assert.DoesNotContain("\\n", line, StringComparison.Ordinal);
            Assert.Equal(502, error.HttpStatus);
        }

        // With no retry time left, each call was tried once.
        Assert.Equal(2, _proxy.Requests.Count);
    }

    [Fact]
    public async Task A_5xx_is_retried_within_the_budget_and_a_4xx_page_is_never_retried()
    {
        _proxy.Reply = _ => (503, NginxBadGateway.Replace("502 Bad Gateway", "503 Service Unavailable", StringComparison.Ordinal));
        using (var connection = Connect(maxRetrySeconds: 60, maxErrorRetry: 2))
        {
            await Assert.ThrowsAsync<CloudException>(() => Ec2.Over(connection).DescribeAvailabilityZonesAsync(CancellationToken.None));
        }

        Assert.Equal(3, _proxy.Requests.Count);

        _proxy.Requests.Clear();
        _proxy.Reply = _ => (404, "<html><body>Not Found</body></html>");
        using (var connection = Connect(maxRetrySeconds: 60))
        {
            var error = await Assert.ThrowsAsync<CloudException>(() => Ec2.Over(connection).DescribeAvailabilityZonesAsync(CancellationToken.None));
            Assert.Contains("404 Not Found", error.Describe(), StringComparison.Ordinal);
        }

        Assert.Single(_proxy.Requests);
    }
}
