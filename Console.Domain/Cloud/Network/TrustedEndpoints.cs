using System.Collections.Concurrent;

namespace EucaConsole.Domain.Cloud.Network;

/// <summary>
/// Endpoints that configuration (not a user) names: host and port, so trusting the sandbox on
/// 127.0.0.1:PORT does not open 127.0.0.1 on any other port. A Eucalyptus host also covers its
/// DNS-style service names (<c>compute.HOST</c>, <c>tokens.HOST</c>, …) on the same port.
/// </summary>
public sealed class TrustedEndpoints
{
    private readonly ConcurrentDictionary<(string Host, int Port), bool> _endpoints = new();

    public void Add(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Add(endpoint.IdnHost, endpoint.Port, includeSubdomains: false);
    }

    public void Add(string host, int port, bool includeSubdomains)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        _endpoints[(Normalize(host), port)] = includeSubdomains;
    }

    public void Remove(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoints.TryRemove((Normalize(endpoint.IdnHost), endpoint.Port), out _);
    }

    public bool Contains(string host, int port)
    {
        var name = Normalize(host);
        if (_endpoints.ContainsKey((name, port)))
        {
            return true;
        }

        foreach (var ((trustedHost, trustedPort), subdomains) in _endpoints)
        {
            if (subdomains && trustedPort == port && name.EndsWith("." + trustedHost, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string host) => host.Trim().TrimEnd('.').Trim('[', ']').ToLowerInvariant();
}
