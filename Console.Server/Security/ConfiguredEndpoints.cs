using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Network;
using EucaConsole.Server.Configuration;

namespace EucaConsole.Server.Security;

/// <summary>The endpoints configuration names (the configured cloud and its per-service URLs): trusted as they are.</summary>
public static class ConfiguredEndpoints
{
    public static TrustedEndpoints Trusted(CloudOptions cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var trusted = new TrustedEndpoints();
        if (cloud.Kind == CloudKind.Eucalyptus && !string.IsNullOrWhiteSpace(cloud.Host))
        {
            // The cloud host and its DNS-style service names (tokens.HOST, compute.HOST, ...).
            trusted.Add(cloud.Host, cloud.Port, includeSubdomains: true);
        }

        if (cloud.EndpointUrl is { IsAbsoluteUri: true } endpoint)
        {
            trusted.Add(endpoint);
        }

        foreach (var url in cloud.Endpoints.Values)
        {
            trusted.Add(url);
        }

        return trusted;
    }
}
