using System.Text;
using EucaConsole.Domain.SignIn;

namespace EucaConsole.Tests.Domain.SignIn;

public sealed class EucalyptusTokenRequestTests
{
    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

    [Fact]
    public void Authorization_is_basic_with_base64_user_at_base64_account_colon_password()
    {
        var header = EucalyptusTokenRequest.Authorization("acme", "admin", "s3cret");

        Assert.Equal("Basic", header.Scheme);
        Assert.Equal("YWRtaW4=@YWNtZQ==:s3cret", Decode(header.Parameter!));
    }

    [Fact]
    public void Names_with_at_and_colon_survive_because_they_are_encoded_inside()
    {
        var header = EucalyptusTokenRequest.Authorization("team:blue", "ann@example.com", "p@ss:w0rd");

        var inner = Decode(header.Parameter!);
        var at = inner.IndexOf('@', StringComparison.Ordinal);
        var colon = inner.IndexOf(':', StringComparison.Ordinal);
        Assert.Equal("ann@example.com", Decode(inner[..at]));
        Assert.Equal("team:blue", Decode(inner[(at + 1)..colon]));
        Assert.Equal("p@ss:w0rd", inner[(colon + 1)..]);
    }

    [Fact]
    public void Non_ascii_names_are_utf8_before_base64()
    {
        var header = EucalyptusTokenRequest.Authorization("équipe", "zoë", "x");

        var inner = Decode(header.Parameter!);
        Assert.Equal("zoë", Decode(inner[..inner.IndexOf('@', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Request_uri_asks_for_get_access_token_with_duration_and_version()
    {
        var uri = EucalyptusTokenRequest.RequestUri(new Uri("http://10.0.0.1:8773/services/Tokens"), 3600);

        Assert.Equal("/services/Tokens", uri.AbsolutePath);
        Assert.Equal("?Action=GetAccessToken&DurationSeconds=3600&Version=2011-06-15", uri.Query);
    }

    [Fact]
    public void Request_uri_on_a_dns_style_endpoint_is_at_the_root()
    {
        var uri = EucalyptusTokenRequest.RequestUri(new Uri("http://tokens.cloud.example.com:8773/"), 900);

        Assert.Equal("http://tokens.cloud.example.com:8773/?Action=GetAccessToken&DurationSeconds=900&Version=2011-06-15", uri.ToString());
    }
}
