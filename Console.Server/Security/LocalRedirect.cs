namespace EucaConsole.Server.Security;

/// <summary>Redirects inside the console are paths, never absolute URLs built from a request's Host header.</summary>
public static class LocalRedirect
{
    public static string PathOf(string redirectUri)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        return Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery
            : redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal) ? redirectUri : "/";
    }
}
