using System.Net;

namespace EucaConsole.Server.Sandbox;

/// <summary>Reads a server listen address ("http://127.0.0.1:8888", "http://[::]:80", "http://*:80").</summary>
public static class ListenAddress
{
    public static bool IsLoopback(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var hostStart = address.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? scheme + 3 : 0;
        var rest = address[hostStart..];
        string host;
        if (rest.StartsWith('['))
        {
            host = rest[1..Math.Max(1, rest.IndexOf(']', StringComparison.Ordinal))];
        }
        else
        {
            var end = rest.IndexOfAny([':', '/']);
            host = end >= 0 ? rest[..end] : rest;
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
