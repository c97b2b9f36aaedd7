using System.Net;
using System.Net.Sockets;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Network;
using EucaConsole.Domain.SignIn;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Server.Security;

public sealed class EndpointPolicyTests
{
    private static EndpointPolicy Policy(bool allowPrivate = false, TrustedEndpoints? trusted = null) =>
        new(Options.Create(new SignInOptions { AllowPrivateEndpoints = allowPrivate }), trusted ?? new TrustedEndpoints());

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.0.1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a9fe:a9fe")] // NAT64 of 169.254.169.254
    [InlineData("2002:a9fe:a9fe::1")] // 6to4 of 169.254.169.254
    public void Link_local_and_metadata_addresses_are_refused_even_when_private_ones_are_allowed(string address)
    {
        var reason = Policy(allowPrivate: true).Refusal("metadata.test", 80, IPAddress.Parse(address));

        Assert.NotNull(reason);
        Assert.Contains("never connects", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("fec0::1")] // site-local
    [InlineData("64:ff9b::a00:1")] // NAT64 of 10.0.0.1
    [InlineData("64:ff9b:1::7f00:1")] // local-use NAT64 of 127.0.0.1
    [InlineData("2002:c0a8:101::1")] // 6to4 of 192.168.1.1
    [InlineData("2001:0:a00:1::1")] // Teredo through server 10.0.0.1
    [InlineData("2001:0:3444:5566::f5ff:fffe")] // Teredo for client 10.0.0.1 (inverted)
    [InlineData("::7f00:1")] // IPv4-compatible 127.0.0.1
    public void Loopback_and_private_addresses_need_the_setting_named_in_the_refusal(string address)
    {
        var reason = Policy().Refusal("cloud.test", 8773, IPAddress.Parse(address));

        Assert.NotNull(reason);
        Assert.Contains(EndpointPolicy.AllowPrivateSetting + "=true", reason, StringComparison.Ordinal);
        Assert.Null(Policy(allowPrivate: true).Refusal("cloud.test", 8773, IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("52.94.236.248")]
    [InlineData("172.32.0.1")]
    [InlineData("2600:1f18::1")]
    [InlineData("64:ff9b::345e:ecf8")] // NAT64 of 52.94.236.248
    [InlineData("2002:345e:ecf8::1")] // 6to4 of 52.94.236.248
    public void Public_addresses_are_allowed(string address) =>
        Assert.Null(Policy().Refusal("ec2.us-east-1.amazonaws.com", 443, IPAddress.Parse(address)));

    [Fact]
    public void A_trusted_endpoint_is_trusted_on_its_own_port_only_and_a_eucalyptus_host_with_its_service_names()
    {
        var trusted = new TrustedEndpoints();
        trusted.Add(new Uri("http://127.0.0.1:5000/"));
        trusted.Add("cloud.internal", 8773, includeSubdomains: true);
        var policy = Policy(trusted: trusted);

        Assert.Null(policy.Refusal("127.0.0.1", 5000, IPAddress.Loopback));
        Assert.NotNull(policy.Refusal("127.0.0.1", 6379, IPAddress.Loopback));
        Assert.Null(policy.Refusal("tokens.cloud.internal", 8773, IPAddress.Parse("10.0.0.5")));
        Assert.Null(policy.Refusal("cloud.internal", 8773, IPAddress.Parse("10.0.0.5")));
        Assert.NotNull(policy.Refusal("cloud.internal", 22, IPAddress.Parse("10.0.0.5")));
        Assert.NotNull(policy.Refusal("evilcloud.internal", 8773, IPAddress.Parse("10.0.0.5")));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_refused_host_gets_no_connection_at_all(string host)
    {
        using var decoy = new TcpListener(IPAddress.Loopback, 0);
        decoy.Start();
        var port = ((IPEndPoint)decoy.LocalEndpoint).Port;

        await Assert.ThrowsAsync<EndpointRefusedException>(async () =>
            await GuardedConnector.ConnectAsync(Policy(), host, port, CancellationToken.None));

        Assert.False(decoy.Pending(), "the decoy listener was connected to");
    }

    [Fact]
    public async Task Aws_sign_in_to_a_refused_endpoint_fails_with_the_policy_reason_and_sends_nothing()
    {
        using var decoy = new TcpListener(IPAddress.Loopback, 0);
        decoy.Start();
        var port = ((IPEndPoint)decoy.LocalEndpoint).Port;
        var options = Options.Create(new SignInOptions { RequestTimeoutSeconds = 5 });
        using var guarded = new GuardedSdkHttpClientFactory(new EndpointPolicy(options, new TrustedEndpoints()));
        var signIn = new AwsSignIn(options, NullLogger<AwsSignIn>.Instance, guarded);

        var error = await Assert.ThrowsAsync<CloudException>(() => signIn.SignInAsync(
            CloudProfile.ForCompatibleEndpoint(new Uri($"http://127.0.0.1:{port}/"), "us-east-1"), "AKIDEXAMPLE", "secret", CancellationToken.None));

        Assert.Equal(CloudErrorKind.NotAllowed, error.Kind);
        Assert.Contains(EndpointPolicy.AllowPrivateSetting, error.Describe(), StringComparison.Ordinal);
        Assert.False(decoy.Pending(), "the decoy listener was connected to");
    }

    [Fact]
    public async Task Eucalyptus_sign_in_to_the_metadata_address_is_refused_in_both_styles()
    {
        var options = Options.Create(new SignInOptions { RequestTimeoutSeconds = 5, AllowPrivateEndpoints = true });
        using var http = new HttpClient(GuardedConnector.CreateHandler(new EndpointPolicy(options, new TrustedEndpoints())));
        var signIn = new EucalyptusSignIn(http, options, NullLogger<EucalyptusSignIn>.Instance);

        var error = await Assert.ThrowsAsync<CloudException>(() => signIn.SignInAsync(
            new EucalyptusSignInRequest("169.254.169.254", 80, false, "acme", "admin", "pw"), CancellationToken.None));

        Assert.Equal(CloudErrorKind.NotAllowed, error.Kind);
        Assert.Contains("link-local or instance-metadata", error.Message, StringComparison.Ordinal);
    }
}
