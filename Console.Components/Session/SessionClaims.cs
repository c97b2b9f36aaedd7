using System.Globalization;
using System.Security.Claims;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;

namespace EucaConsole.Components.Session;

/// <summary>
/// Maps a signed-in session to the claims of the auth cookie and back. The cookie is encrypted with
/// ASP.NET Data Protection, so the temporary credentials never leave the server readable.
/// </summary>
public static class SessionClaims
{
    public const string AuthenticationType = "EucaConsole";
    public const string SessionId = "euca:sid";
    private const string Prefix = "euca:";

    public static ClaimsPrincipal ToPrincipal(SignedInSession session, string sessionId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, session.Principal.DisplayName),
            new(SessionId, sessionId),
            new(Prefix + "kind", session.Profile.Kind.ToString()),
            new(Prefix + "region", session.Profile.Region),
            new(Prefix + "port", session.Profile.Port.ToString(CultureInfo.InvariantCulture)),
            new(Prefix + "https", session.Profile.UseHttps ? "1" : "0"),
            new(Prefix + "addressing", session.Profile.Addressing.ToString()),
            new(Prefix + "account", session.Principal.Account),
            new(Prefix + "cred:akid", session.Credentials.AccessKeyId),
            new(Prefix + "cred:secret", session.Credentials.SecretAccessKey),
        };
        void Optional(string type, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                claims.Add(new Claim(Prefix + type, value));
            }
        }

        Optional("host", session.Profile.Host);
        Optional("endpoint", session.Profile.EndpointUrl?.ToString());
        Optional("user", session.Principal.UserName);
        Optional("arn", session.Principal.Arn);
        Optional("akid", session.Principal.AccessKeyId);
        Optional("cred:token", session.Credentials.SessionToken);
        Optional("cred:expires", session.Credentials.Expiration?.ToString("O", CultureInfo.InvariantCulture));
        foreach (var (service, url) in session.Profile.Overrides)
        {
            claims.Add(new Claim(Prefix + "override:" + service, url.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType));
    }

    /// <summary>The session a principal carries, or null when it is anonymous or not one of ours.</summary>
    public static SignedInSession? FromPrincipal(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true })
        {
            return null;
        }

        string? Value(string type) => user.FindFirst(Prefix + type)?.Value;
        if (!Enum.TryParse<CloudKind>(Value("kind"), out var kind) || Value("region") is not { } region
            || Value("account") is not { } account || Value("cred:akid") is not { } accessKeyId
            || Value("cred:secret") is not { } secret)
        {
            return null;
        }

        var overrides = user.Claims
            .Where(c => c.Type.StartsWith(Prefix + "override:", StringComparison.Ordinal))
            .Select(c => (Ok: Enum.TryParse<CloudService>(c.Type[(Prefix.Length + "override:".Length)..], out var s), Service: s, Url: c.Value))
            .Where(o => o.Ok && Uri.IsWellFormedUriString(o.Url, UriKind.Absolute))
            .ToDictionary(o => o.Service, o => new Uri(o.Url));
        var profile = new CloudProfile
        {
            Kind = kind,
            Region = region,
            Host = Value("host"),
            Port = int.TryParse(Value("port"), CultureInfo.InvariantCulture, out var port) ? port : CloudProfile.DefaultEucalyptusPort,
            UseHttps = Value("https") == "1",
            Addressing = Enum.TryParse<EucalyptusAddressing>(Value("addressing"), out var addressing) ? addressing : EucalyptusAddressing.DnsStyle,
            EndpointUrl = Value("endpoint") is { } endpoint ? new Uri(endpoint) : null,
            Overrides = overrides,
        };
        DateTimeOffset? expires = DateTimeOffset.TryParse(Value("cred:expires"), CultureInfo.InvariantCulture,
            DateTimeStyles.RoundtripKind, out var parsed) ? parsed : null;
        return new SignedInSession(
            profile,
            new CloudPrincipal(account, Value("user"), Value("arn"), Value("akid")),
            new CloudCredentials(accessKeyId, secret, Value("cred:token"), expires));
    }

    public static string? SessionIdOf(ClaimsPrincipal? user) => user?.FindFirst(SessionId)?.Value;
}
