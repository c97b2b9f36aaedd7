using System.Text;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.SignIn;

public sealed class EucalyptusSignInTests : IAsyncLifetime
{
    private const string ExpectedQuery = "?Action=GetAccessToken&DurationSeconds=43200&Version=2011-06-15";
    private static readonly string ExpectedAuthorization =
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("YWRtaW4=@YWNtZQ==:s3cret"));

    private TokensStub _stub = default!;

    public async Task InitializeAsync() => _stub = await TokensStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static EucalyptusSignIn SignInThrough(HttpClient http) =>
        new(http, Options.Create(new SignInOptions()), NullLogger<EucalyptusSignIn>.Instance);

    private static EucalyptusSignInRequest Request => new("cloud.test", 8773, false, "acme", "admin", "s3cret");

    [Fact]
    public async Task Dns_style_sends_the_exact_request_to_tokens_host_and_returns_the_credentials()
    {
        _stub.Reply = seen => seen.Host == "tokens.cloud.test:8773" ? (200, TokensReplyTests.Success) : (404, "no");
        using var http = _stub.ClientResolvingEverythingHere();

        var session = await SignInThrough(http).SignInAsync(Request, CancellationToken.None);

        var seen = Assert.Single(_stub.Requests);
        Assert.Equal("GET", seen.Method);
        Assert.Equal("tokens.cloud.test:8773", seen.Host);
        Assert.Equal("/", seen.Path);
        Assert.Equal(ExpectedQuery, seen.Query);
        Assert.Equal(ExpectedAuthorization, seen.Authorization);
        Assert.Equal("ASIAEXAMPLETOKENKEY1", session.Credentials.AccessKeyId);
        Assert.Equal(EucalyptusAddressing.DnsStyle, session.Profile.Addressing);
        Assert.Equal("acme/admin", session.Principal.DisplayName);
    }

    [Fact]
    public async Task When_the_tokens_dns_name_does_not_resolve_path_style_on_the_cloud_host_is_used()
    {
        _stub.Reply = seen => seen.Path == "/services/Tokens" ? (200, TokensReplyTests.Success) : (404, "no");
        using var http = _stub.ClientResolvingEverythingHere("tokens.cloud.test");

        var session = await SignInThrough(http).SignInAsync(Request, CancellationToken.None);

        var seen = Assert.Single(_stub.Requests);
        Assert.Equal("cloud.test:8773", seen.Host);
        Assert.Equal("/services/Tokens", seen.Path);
        Assert.Equal(ExpectedQuery, seen.Query);
        Assert.Equal(ExpectedAuthorization, seen.Authorization);
        Assert.Equal(EucalyptusAddressing.PathStyle, session.Profile.Addressing);
        Assert.Equal(new Uri("http://cloud.test:8773/services/compute"), ServiceEndpoints.Resolve(session.Profile, CloudService.Compute));
    }

    [Fact]
    public async Task When_dns_style_answers_404_path_style_is_tried()
    {
        _stub.Reply = seen => seen.Path == "/services/Tokens" ? (200, TokensReplyTests.Success) : (404, "<html>not here</html>");
        using var http = _stub.ClientResolvingEverythingHere();

        var session = await SignInThrough(http).SignInAsync(Request, CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(EucalyptusAddressing.PathStyle, session.Profile.Addressing);
    }

    [Fact]
    public async Task A_403_reply_is_the_cloud_error_with_code_and_message_and_path_style_is_not_tried()
    {
        _stub.Reply = _ => (403, """
            <ErrorResponse xmlns="http://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>InvalidAccessKeyId</Code><Message>Invalid user name or password</Message></Error><RequestId>req-403</RequestId></ErrorResponse>
            """);
        using var http = _stub.ClientResolvingEverythingHere();

        var error = await Assert.ThrowsAsync<CloudException>(() => SignInThrough(http).SignInAsync(Request, CancellationToken.None));

        Assert.Single(_stub.Requests);
        Assert.Equal(CloudErrorKind.Service, error.Kind);
        Assert.Equal(403, error.HttpStatus);
        Assert.Equal("InvalidAccessKeyId", error.Code);
        Assert.Equal("Invalid user name or password", error.Message);
        Assert.Equal("req-403", error.RequestId);
        Assert.Contains("tokens.cloud.test:8773", error.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_garbled_success_reply_is_an_error_not_a_session()
    {
        _stub.Reply = _ => (200, "<GetAccessTokenResponse><GetAccessTokenResult><Creden");
        using var http = _stub.ClientResolvingEverythingHere();

        var error = await Assert.ThrowsAsync<CloudException>(() => SignInThrough(http).SignInAsync(Request, CancellationToken.None));

        Assert.Equal(CloudErrorKind.MalformedReply, error.Kind);
    }

    [Fact]
    public async Task When_nothing_answers_the_error_names_both_endpoints_tried()
    {
        using var http = _stub.ClientResolvingEverythingHere("tokens.cloud.test", "cloud.test");

        var error = await Assert.ThrowsAsync<CloudException>(() => SignInThrough(http).SignInAsync(Request, CancellationToken.None));

        Assert.Equal(CloudErrorKind.Unreachable, error.Kind);
        Assert.Contains("http://tokens.cloud.test:8773/", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://cloud.test:8773/services/Tokens", error.Message, StringComparison.Ordinal);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task A_web_page_answering_200_on_the_dns_name_is_not_a_tokens_service_and_path_style_is_tried()
    {
        _stub.Reply = seen => seen.Host == "tokens.cloud.test:8773"
            ? (200, "<!doctype html><html><body>Welcome to our portal</body></html>")
            : (200, TokensReplyTests.Success);
        using var http = _stub.ClientResolvingEverythingHere();

        var session = await SignInThrough(http).SignInAsync(Request, CancellationToken.None);

        Assert.Equal(EucalyptusAddressing.PathStyle, session.Profile.Addressing);
        Assert.Equal(["/", "/services/Tokens"], _stub.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task When_neither_style_is_a_tokens_service_the_error_names_both_attempts()
    {
        _stub.Reply = _ => (200, "<!doctype html><html><body>Welcome</body></html>");
        using var http = _stub.ClientResolvingEverythingHere();

        var error = await Assert.ThrowsAsync<CloudException>(() => SignInThrough(http).SignInAsync(Request, CancellationToken.None));

        Assert.Contains("http://tokens.cloud.test:8773/", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://cloud.test:8773/services/Tokens", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a Tokens reply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_style_that_answered_is_asked_first_next_time()
    {
        _stub.Reply = seen => seen.Path == "/services/Tokens" ? (200, TokensReplyTests.Success) : (404, "no");
        using var http = _stub.ClientResolvingEverythingHere();
        var styles = new EucalyptusStyleMemory();
        var signIn = new EucalyptusSignIn(http, Options.Create(new SignInOptions()), NullLogger<EucalyptusSignIn>.Instance, styles);

        await signIn.SignInAsync(Request, CancellationToken.None);
        _stub.Requests.Clear();
        var again = await signIn.SignInAsync(Request, CancellationToken.None);

        Assert.Equal("/services/Tokens", Assert.Single(_stub.Requests).Path);
        Assert.Equal(EucalyptusAddressing.PathStyle, again.Profile.Addressing);
    }
}
