using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace EucaConsole.Domain.SignIn;

/// <summary>
/// The Eucalyptus Tokens service's GetAccessToken call, which trades account, user and password for
/// temporary credentials. The user and account are each base64-encoded inside the Basic credential,
/// so names with '@' or ':' survive: Basic base64(base64(user) "@" base64(account) ":" password).
/// </summary>
public static class EucalyptusTokenRequest
{
    public const string ApiVersion = "2011-06-15";

    public static AuthenticationHeaderValue Authorization(string account, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        var inner = $"{Base64(user)}@{Base64(account)}:{password}";
        return new AuthenticationHeaderValue("Basic", Base64(inner));
    }

    /// <summary>The request URI on a Tokens endpoint (DNS style <c>/</c> or path style <c>/services/Tokens</c>).</summary>
    public static Uri RequestUri(Uri tokensEndpoint, int durationSeconds)
    {
        ArgumentNullException.ThrowIfNull(tokensEndpoint);
        var builder = new UriBuilder(tokensEndpoint)
        {
            Query = string.Create(CultureInfo.InvariantCulture,
                $"Action=GetAccessToken&DurationSeconds={durationSeconds}&Version={ApiVersion}"),
        };
        return builder.Uri;
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
