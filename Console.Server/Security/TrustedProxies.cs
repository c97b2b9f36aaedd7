using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EucaConsole.Server.Security;

/// <summary>
/// X-Forwarded-For/Proto/Host are honoured only from the proxies configuration names
/// (<c>ForwardedHeaders:KnownProxies</c>, addresses; <c>ForwardedHeaders:KnownNetworks</c>, CIDRs).
/// Empty means none: a client cannot make up its address (and so dodge the sign-in throttle), its
/// scheme, or the host that redirects point at.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a CIDR such as 10.0.0.0/16."));
        }

        // ForwardedHeadersMiddleware trusts every peer when both lists are empty; here empty means none.
        if (!AnyConfigured(options))
        {
            options.ForwardedHeaders = ForwardedHeaders.None;
        }

        options.ForwardLimit = Math.Max(1, configuration.GetValue($"{Section}:ForwardLimit", 1));
    }

    public static bool AnyConfigured(ForwardedHeadersOptions options) =>
        options is not null && (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0);
}
