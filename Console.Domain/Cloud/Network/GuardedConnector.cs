using System.Net;
using System.Net.Sockets;

namespace EucaConsole.Domain.Cloud.Network;

/// <summary>
/// The only way the console's cloud clients open connections: resolve the name once, check every
/// address with <see cref="EndpointPolicy"/>, and connect to those same addresses. Checking first and
/// letting the socket resolve again would let a short-lived DNS answer (rebinding) slip past the check.
/// </summary>
public static class GuardedConnector
{
    public static SocketsHttpHandler CreateHandler(EndpointPolicy policy) => new()
    {
        ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken),
        // A cloud's endpoint is reached directly: a redirect must not take a request (and its signature) elsewhere.
        AllowAutoRedirect = false,
        UseProxy = false,
        // Pooled connections are re-resolved (and re-checked) every few minutes.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    public static async ValueTask<Stream> ConnectAsync(EndpointPolicy policy, string host, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        // One refused address refuses the name: a name that also points somewhere forbidden is not trusted.
        foreach (var address in addresses)
        {
            if (policy.Refusal(host, port, address) is { } reason)
            {
                throw new EndpointRefusedException(reason);
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
