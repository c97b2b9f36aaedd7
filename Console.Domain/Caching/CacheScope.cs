using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// Whose data a cached value is: the endpoint, region and signed-in principal, so that nobody is ever
/// served another's data. Only <see cref="PublicFor"/> (a cloud's public catalogue) is shared.
/// </summary>
public readonly record struct CacheScope(string Value)
{
    public static CacheScope For(SignedInSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var principal = session.Principal.Arn ?? $"{session.Principal.Account}/{session.Principal.UserName ?? session.Principal.AccessKeyId}";
        return new($"{ServiceEndpoints.Resolve(session.Profile, CloudService.Compute)}|{session.Profile.Region}|{principal}");
    }

    /// <summary>
    /// Everyone of one account on this endpoint and region: for what the cloud answers per account rather
    /// than per user (the regions an account has opted in to).
    /// </summary>
    public static CacheScope AccountFor(SignedInSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new($"{ServiceEndpoints.Resolve(session.Profile, CloudService.Compute)}|{session.Profile.Region}|account:{session.Principal.Account}");
    }

    /// <summary>The same for everyone on this endpoint and region: only for public catalogues.</summary>
    public static CacheScope PublicFor(SignedInSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new($"{ServiceEndpoints.Resolve(session.Profile, CloudService.Compute)}|{session.Profile.Region}|public");
    }

    public override string ToString() => Value;
}
