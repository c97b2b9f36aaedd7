using System.Net;
using EucaConsole.Server.Health;
using EucaConsole.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace EucaConsole.Tests.Server.Security;

public sealed class RequestTrustTests
{
    private static ForwardedHeadersOptions Configured(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var options = new ForwardedHeadersOptions();
        TrustedProxies.Configure(options, configuration);
        return options;
    }

    [Fact]
    public void With_no_proxy_configured_no_forwarded_header_is_honoured()
    {
        var options = Configured();

        // ForwardedHeadersMiddleware trusts every peer when both lists are empty: nothing may be forwarded then.
        Assert.Equal(ForwardedHeaders.None, options.ForwardedHeaders);
    }

    [Fact]
    public void Configured_proxies_and_networks_are_the_only_ones_trusted()
    {
        var options = Configured(("ForwardedHeaders:KnownProxies:0", "127.0.0.1"), ("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/16"));

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost, options.ForwardedHeaders);
        Assert.Equal([IPAddress.Loopback], options.KnownProxies);
        Assert.Equal("10.0.0.0/16", Assert.Single(options.KnownIPNetworks).ToString());
    }

    [Fact]
    public void A_malformed_proxy_setting_is_a_clear_startup_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configured(("ForwardedHeaders:KnownNetworks:0", "10.0.0.0")));
        Assert.Contains("ForwardedHeaders:KnownNetworks", error.Message, StringComparison.Ordinal);
    }

    private static DefaultHttpContext Request(string remote, string? forwardedFor = null, string? bearer = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        if (bearer is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + bearer;
        }

        return context;
    }

    [Fact]
    public void Readiness_details_are_for_direct_local_callers_and_token_holders_only()
    {
        Assert.True(ReadinessAccess.MaySeeDetails(Request("127.0.0.1"), null));
        Assert.True(ReadinessAccess.MaySeeDetails(Request("::1"), null));
        Assert.False(ReadinessAccess.MaySeeDetails(Request("203.0.113.7"), null));
        Assert.False(ReadinessAccess.MaySeeDetails(Request("127.0.0.1", forwardedFor: "203.0.113.7"), null));
        Assert.True(ReadinessAccess.MaySeeDetails(Request("203.0.113.7", bearer: "t0ken"), "t0ken"));
        Assert.False(ReadinessAccess.MaySeeDetails(Request("203.0.113.7", bearer: "wrong"), "t0ken"));
        Assert.False(ReadinessAccess.MaySeeDetails(Request("203.0.113.7", bearer: ""), ""));
    }

    [Theory]
    [InlineData("http://evil.example/signin?returnUrl=%2Finstances", "/signin?returnUrl=%2Finstances")]
    [InlineData("/signin?returnUrl=%2F", "/signin?returnUrl=%2F")]
    [InlineData("//evil.example/signin", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public void Redirects_are_local_paths_whatever_host_the_request_named(string redirect, string expected) =>
        Assert.Equal(expected, LocalRedirect.PathOf(redirect));
}
