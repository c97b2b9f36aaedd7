using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.SignIn;

/// <summary>AWS-mode sign-in against a real moto_server that checks signatures.</summary>
public sealed class AwsSignInTests(SigningMotoFixture moto) : IClassFixture<SigningMotoFixture>
{
    private static AwsSignIn SignIn() => new(Options.Create(new SignInOptions { RequestTimeoutSeconds = 5 }), NullLogger<AwsSignIn>.Instance);

    private CloudProfile Profile => CloudProfile.ForCompatibleEndpoint(moto.Server.Endpoint, "us-east-1");

    [Fact]
    public async Task A_valid_key_is_checked_with_sts_and_traded_for_temporary_credentials()
    {
        var session = await SignIn().SignInAsync(Profile, moto.Server.AccessKeyId, moto.Server.SecretAccessKey, CancellationToken.None);

        Assert.Equal("123456789012", session.Principal.Account);
        Assert.Equal("arn:aws:iam::123456789012:user/alice", session.Principal.Arn);
        Assert.Equal("123456789012/alice", session.Principal.DisplayName);
        Assert.Equal(moto.Server.AccessKeyId, session.Principal.AccessKeyId);
        Assert.True(session.Credentials.IsTemporary);
        Assert.NotNull(session.Credentials.Expiration);
        // The long-term secret is not part of the session.
        Assert.NotEqual(moto.Server.SecretAccessKey, session.Credentials.SecretAccessKey);
    }

    [Fact]
    public async Task A_wrong_secret_key_is_the_clouds_signature_error()
    {
        var error = await Assert.ThrowsAsync<CloudException>(() =>
            SignIn().SignInAsync(Profile, moto.Server.AccessKeyId, "definitely-not-the-secret", CancellationToken.None));

        Assert.Equal(CloudErrorKind.Service, error.Kind);
        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Equal(403, error.HttpStatus);
        Assert.Equal("GetCallerIdentity", error.Operation);
        Assert.Contains("signature", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_access_key_is_the_clouds_invalid_token_error()
    {
        var error = await Assert.ThrowsAsync<CloudException>(() =>
            SignIn().SignInAsync(Profile, "AKIDNOSUCHKEY0000000", "whatever", CancellationToken.None));

        Assert.Equal("InvalidClientTokenId", error.Code);
        Assert.Equal(403, error.HttpStatus);
    }

    [Fact]
    public async Task An_endpoint_where_nothing_listens_is_an_unreachable_error_naming_it()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/");

        var error = await Assert.ThrowsAsync<CloudException>(() =>
            SignIn().SignInAsync(CloudProfile.ForCompatibleEndpoint(closed, "us-east-1"), "AKIDEXAMPLE", "secret", CancellationToken.None));

        Assert.Equal(CloudErrorKind.Unreachable, error.Kind);
        Assert.Equal(closed, error.Endpoint);
        Assert.Contains(closed.Authority, error.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_untrusted_certificate_is_a_tls_error_naming_the_endpoint()
    {
        await using var https = await SelfSignedHttpsServer.StartAsync();

        var error = await Assert.ThrowsAsync<CloudException>(() =>
            SignIn().SignInAsync(CloudProfile.ForCompatibleEndpoint(https.Endpoint, "us-east-1"), "AKIDEXAMPLE", "secret", CancellationToken.None));

        Assert.Equal(CloudErrorKind.Tls, error.Kind);
        Assert.Contains(https.Endpoint.Authority, error.Describe(), StringComparison.Ordinal);
        Assert.StartsWith("Secure connection to", error.Describe(), StringComparison.Ordinal);
    }
}
