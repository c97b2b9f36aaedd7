using System.Net;
using System.Net.Sockets;
using EucaConsole.Domain.SignIn;
using Microsoft.Extensions.Options;

namespace EucaConsole.Domain.Cloud.Network;

/// <summary>
/// Which addresses the console may open a connection to on a user's behalf. The endpoints that
/// configuration names (the configured cloud, its overrides, the sandbox) are trusted as they are.
/// Anything else — a host or URL typed into the sign-in form — is checked address by address after
/// the name is resolved: link-local and cloud metadata addresses never, loopback and private ranges
/// only with <c>SignIn:AllowPrivateEndpoints</c>. The check and the connection use the same addresses
/// (see <see cref="GuardedConnector"/>), so a name that re-resolves elsewhere gains nothing.
/// </summary>
public sealed class EndpointPolicy(IOptions<SignInOptions> options, TrustedEndpoints trusted)
{
    public const string AllowPrivateSetting = "SignIn:AllowPrivateEndpoints";

    /// <summary>Null when the console may connect to <paramref name="address"/> for <paramref name="host"/>:<paramref name="port"/>; else why not.</summary>
    public string? Refusal(string host, int port, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (trusted.Contains(host, port))
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        // An IPv6 address that carries an IPv4 one (NAT64, 6to4, Teredo, IPv4-compatible) reaches that
        // IPv4 address through a translator or tunnel: it is judged as that address too.
        foreach (var embedded in EmbeddedIPv4(address))
        {
            if (Refusal(host, port, embedded) is { } refused)
            {
                return $"{refused} (carried inside {address})";
            }
        }

        if (IsLinkLocalOrMetadata(address))
        {
            return $"{Where(host, address)} a link-local or instance-metadata address; the console never connects there.";
        }

        if (IsLoopbackOrPrivate(address) && !options.Value.AllowPrivateEndpoints)
        {
            return $"{Where(host, address)} a loopback or private address; the console connects there only when {AllowPrivateSetting}=true is set.";
        }

        return null;
    }

    private static string Where(string host, IPAddress address) =>
        IPAddress.TryParse(host.Trim('[', ']'), out _) ? $"{address} is" : $"{host} resolves to {address},";

    internal static bool IsLinkLocalOrMetadata(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => InRange(address, [169, 254], 16),
        AddressFamily.InterNetworkV6 => address.IsIPv6LinkLocal || address.Equals(Ec2MetadataV6),
        _ => true,
    };

    internal static bool IsLoopbackOrPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => InRange(address, [0], 8) || InRange(address, [10], 8) || InRange(address, [172, 16], 12)
                || InRange(address, [192, 168], 16) || InRange(address, [100, 64], 10) || InRange(address, [127], 8)
                || InRange(address, [224], 4) || InRange(address, [240], 4),
            // fc00::/7 unique local, ff00::/8 multicast, site-local (deprecated).
            AddressFamily.InterNetworkV6 => (address.GetAddressBytes()[0] & 0xFE) == 0xFC || address.IsIPv6Multicast || address.IsIPv6SiteLocal,
            _ => true,
        };
    }

    private static readonly IPAddress Ec2MetadataV6 = IPAddress.Parse("fd00:ec2::254");

    /// <summary>The IPv4 addresses an IPv6 address carries: NAT64 (64:ff9b::/96, 64:ff9b:1::/48), 6to4 (2002::/16), Teredo (2001::/32: server and client), IPv4-compatible (::/96).</summary>
    internal static IReadOnlyList<IPAddress> EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return [];
        }

        var b = address.GetAddressBytes();
        var last = new IPAddress(b.AsSpan(12, 4));
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && (b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0 || (b[4] == 0x00 && b[5] == 0x01)))
        {
            return [last];
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return [new IPAddress(b.AsSpan(2, 4))];
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            var client = b.AsSpan(12, 4).ToArray();
            for (var i = 0; i < client.Length; i++)
            {
                client[i] ^= 0xFF;
            }

            return [new IPAddress(b.AsSpan(4, 4)), new IPAddress(client)];
        }

        // ::a.b.c.d (but not :: or ::1, which are judged as themselves).
        return b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (b[12] | b[13]) != 0 ? [last] : [];
    }

    private static bool InRange(IPAddress address, byte[] prefix, int bits)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bits; i += 8)
        {
            var index = i / 8;
            var take = Math.Min(8, bits - i);
            var mask = (byte)(0xFF << (8 - take));
            var expected = index < prefix.Length ? prefix[index] : (byte)0;
            if ((bytes[index] & mask) != (expected & mask))
            {
                return false;
            }
        }

        return true;
    }
}
