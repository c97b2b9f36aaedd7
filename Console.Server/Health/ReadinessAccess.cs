using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace EucaConsole.Server.Health;

/// <summary>
/// Who may read the readiness details (process name, endpoints, cache counters): a caller on this
/// machine that did not come through a proxy, or one presenting <c>Health:ReadyToken</c> as a bearer
/// token. Everyone else gets the overall status only.
/// </summary>
public static class ReadinessAccess
{
    public const string TokenSetting = "Health:ReadyToken";

    public static bool MaySeeDetails(HttpContext context, string? configuredToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (configuredToken is { Length: > 0 }
            && context.Request.Headers.Authorization.ToString() is { } header
            && header.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Encoding.UTF8.GetBytes(configuredToken)))
        {
            return true;
        }

        // A local proxy (nginx on the same machine) would otherwise make every outside caller "loopback".
        var proxied = context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("Forwarded")
            || context.Request.Headers.ContainsKey("X-Original-For");
        return !proxied && context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
    }
}
