using Amazon.Runtime;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Cloud.Query;

/// <summary>The Query client's behaviour when the endpoint misbehaves, against a loopback stub.</summary>
public sealed class QueryServiceClientTests : IAsyncLifetime
{
    private TokensStub _stub = default!;

    public async Task InitializeAsync() => _stub = await TokensStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private QueryServiceClient Client(int retries = 2) => new(new BasicAWSCredentials("AKIDSTUB", "stub-secret"), QueryApi.Identity,
        new Uri($"http://127.0.0.1:{_stub.Port}/"), "us-east-1", retries, TimeSpan.FromSeconds(10));

    private const string Roles = """
        <ListRolesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListRolesResult><Roles>
        <member><Path>/</Path><RoleName>web</RoleName><RoleId>AROAEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/web</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate></member>
        </Roles><IsTruncated>false</IsTruncated></ListRolesResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></ListRolesResponse>
        """;

    [Fact]
    public async Task A_truncated_reply_is_a_malformed_reply_error_not_an_empty_list()
    {
        _stub.Reply = _ => (200, Roles[..180]);
        using var client = Client();

        var error = await Assert.ThrowsAsync<CloudException>(() => client.CallAsync("ListRoles", [], CancellationToken.None));

        Assert.Equal(CloudErrorKind.MalformedReply, error.Kind);
        Assert.Equal("ListRoles", error.Operation);
    }

    [Fact]
    public async Task A_reply_missing_a_required_field_is_a_malformed_reply_error()
    {
        _stub.Reply = _ => (200, Roles.Replace("<RoleName>web</RoleName>", string.Empty, StringComparison.Ordinal));
        using var client = Client();

        var error = await Assert.ThrowsAsync<CloudException>(() => client.ListAllAsync("ListRoles", [], "Marker", "Marker",
            r => r.Members("Roles").Select(m => m.Required("RoleName")), CancellationToken.None));

        Assert.Equal(CloudErrorKind.MalformedReply, error.Kind);
        Assert.Contains("RoleName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_is_retried_by_the_sdk_and_then_succeeds()
    {
        var calls = 0;
        _stub.Reply = _ => Interlocked.Increment(ref calls) == 1
            ? (400, "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>t1</RequestId></ErrorResponse>")
            : (200, Roles);
        using var client = Client();

        var names = await client.ListAllAsync("ListRoles", [], "Marker", "Marker", r => r.Members("Roles").Select(m => m.Required("RoleName")),
            CancellationToken.None);

        Assert.Equal(["web"], names);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_server_error_that_persists_arrives_with_its_status_after_the_retries()
    {
        _stub.Reply = _ => (503, "<ErrorResponse><Error><Code>ServiceUnavailable</Code><Message>try later</Message></Error></ErrorResponse>");
        using var client = Client(retries: 2);

        var error = await Assert.ThrowsAsync<CloudException>(() => client.CallAsync("ListRoles", [], CancellationToken.None));

        Assert.Equal(503, error.HttpStatus);
        Assert.Equal("ServiceUnavailable", error.Code);
        Assert.Equal(3, _stub.Requests.Count);
    }

    [Fact]
    public async Task The_request_is_a_signed_form_post_with_action_and_version()
    {
        _stub.Reply = _ => (200, Roles);
        using var client = Client();

        await client.CallAsync("ListRoles", new QueryParameters().Add("PathPrefix", "/apps/"), CancellationToken.None);

        var seen = Assert.Single(_stub.Requests);
        Assert.Equal("POST", seen.Method);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDSTUB/", seen.Authorization, StringComparison.Ordinal);
        Assert.Contains("/us-east-1/iam/aws4_request", seen.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_where_nothing_listens_is_unreachable_and_named()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        using var client = new QueryServiceClient(new BasicAWSCredentials("a", "b"), QueryApi.AutoScaling, closed, "us-east-1", 0);

        var error = await Assert.ThrowsAsync<CloudException>(() => client.CallAsync("DescribeAutoScalingGroups", [], CancellationToken.None));

        Assert.Equal(CloudErrorKind.Unreachable, error.Kind);
        Assert.Equal(closed, error.Endpoint);
    }

    [Fact]
    public async Task Expired_credentials_arrive_as_the_clouds_expired_token_error()
    {
        _stub.Reply = _ => (403, "<ErrorResponse><Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error><RequestId>e1</RequestId></ErrorResponse>");
        using var client = Client();

        var error = await Assert.ThrowsAsync<CloudException>(() => client.CallAsync("ListRoles", [], CancellationToken.None));

        Assert.Equal("ExpiredToken", error.Code);
        Assert.Equal(403, error.HttpStatus);
        Assert.Equal("e1", error.RequestId);
        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
    }
}
