using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;

namespace EucaConsole.Tests.Domain.SignIn;

public sealed class TokensReplyTests
{
    private static readonly Uri Endpoint = new("http://tokens.cloud.test:8773/");

    internal const string Success = """
        <GetAccessTokenResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetAccessTokenResult>
            <Credentials>
              <AccessKeyId>ASIAEXAMPLETOKENKEY1</AccessKeyId>
              <SecretAccessKey>temporary-secret-from-tokens</SecretAccessKey>
              <SessionToken>session-token-from-tokens</SessionToken>
              <Expiration>2026-11-25T14:00:00Z</Expiration>
            </Credentials>
          </GetAccessTokenResult>
          <ResponseMetadata><RequestId>8a7c-req</RequestId></ResponseMetadata>
        </GetAccessTokenResponse>
        """;

    [Fact]
    public void Credentials_are_read_from_a_get_access_token_reply()
    {
        var credentials = TokensReply.ReadCredentials(Success, Endpoint, "GetAccessToken");

        Assert.Equal("ASIAEXAMPLETOKENKEY1", credentials.AccessKeyId);
        Assert.Equal("temporary-secret-from-tokens", credentials.SecretAccessKey);
        Assert.Equal("session-token-from-tokens", credentials.SessionToken);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero), credentials.Expiration);
    }

    [Fact]
    public void A_truncated_reply_is_a_malformed_reply_error()
    {
        var error = Assert.Throws<CloudException>(() => TokensReply.ReadCredentials(Success[..200], Endpoint, "GetAccessToken"));

        Assert.Equal(CloudErrorKind.MalformedReply, error.Kind);
        Assert.Equal(Endpoint, error.Endpoint);
    }

    [Fact]
    public void A_reply_without_a_session_token_is_a_malformed_reply_error()
    {
        var error = Assert.Throws<CloudException>(() => TokensReply.ReadCredentials(
            Success.Replace("<SessionToken>session-token-from-tokens</SessionToken>", string.Empty, StringComparison.Ordinal),
            Endpoint, "GetAccessToken"));

        Assert.Equal(CloudErrorKind.MalformedReply, error.Kind);
        Assert.Contains("SessionToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_response_gives_code_message_and_request_id()
    {
        var error = TokensReply.ReadError("""
            <ErrorResponse><Error><Type>Sender</Type><Code>InvalidAccessKeyId</Code><Message>Invalid user name or password</Message></Error><RequestId>r-1</RequestId></ErrorResponse>
            """);

        Assert.Equal(("InvalidAccessKeyId", "Invalid user name or password", "r-1"), error);
    }

    [Fact]
    public void Html_is_not_an_error_response() => Assert.Null(TokensReply.ReadError("<html><body>404</body>"));

    [Fact]
    public void Credentials_never_print_their_secret()
    {
        var credentials = TokensReply.ReadCredentials(Success, Endpoint, "GetAccessToken");

        Assert.DoesNotContain("temporary-secret-from-tokens", credentials.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("session-token-from-tokens", credentials.ToString(), StringComparison.Ordinal);
    }
}
