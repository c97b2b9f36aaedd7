using System.Net.Sockets;
using Amazon.Runtime;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.Cloud;

/// <summary>An endpoint that refuses connections is reported after one quick retry, not after the throttling backoff (issue 16: 46 s).</summary>
public sealed class UnreachableEndpointTests
{
    /// <summary>Every connection is refused, as by a closed port; the attempts are counted.</summary>
    private sealed class RefusingClients : HttpClientFactory
    {
        private int _attempts;

        public int Attempts => _attempts;

        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new SocketsHttpHandler
        {
            ConnectCallback = (_, _) =>
            {
                Interlocked.Increment(ref _attempts);
                throw new SocketException((int)SocketError.ConnectionRefused);
            },
        });

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

        public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
    }

    [Fact]
    public async Task A_refused_connection_is_tried_twice_then_reported_for_sdk_and_query_clients()
    {
        var clients = new RefusingClients();
        using var connection = new CloudConnection(new FixedSessionSource(new SignedInSession(
                CloudProfile.ForCompatibleEndpoint(new Uri("http://127.0.0.1:9/"), "us-east-1"),
                new CloudPrincipal("123456789012", "alice", null, null), new CloudCredentials("AKIDTEST", "secret", null, null))),
            Options.Create(new CloudAccessOptions { MaxErrorRetry = 4, MaxRetrySeconds = 60 }), clients);

        var ec2 = await Assert.ThrowsAsync<CloudException>(() => Ec2.Over(connection).DescribeAvailabilityZonesAsync(CancellationToken.None));
        Assert.Equal(2, clients.Attempts);
        Assert.Equal(CloudErrorKind.Unreachable, ec2.Kind);

        var iam = await Assert.ThrowsAsync<CloudException>(() => new EucaConsole.Domain.Identity.IdentityService(connection).ListUsersAsync(CancellationToken.None));
        Assert.Equal(4, clients.Attempts);
        Assert.Equal(CloudErrorKind.Unreachable, iam.Kind);
    }
}
