using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Domain.Compute;

/// <summary>
/// Where image lists are cached, and how a change the console makes to images (tags, registering,
/// deregistering, permissions) drops every copy it affects, for this user and the account's others.
/// </summary>
internal sealed class ImageCache(SharedCache cache, CloudConnection connection)
{
    public const string ImagesNamespace = "images";

    public SharedCache Cache => cache;

    /// <summary>The key an image view is cached under; invalidation builds the same one.</summary>
    public static CacheKey ImagesKey(CacheScope scope, ImageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return CacheKey.For(ImagesNamespace, scope, query.Owners, query.ExecutableBy);
    }

    public async Task<CacheKey> KeyForAsync(ImageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
        return ImagesKey(query.IsPublicCatalogue ? CacheScope.PublicFor(session) : CacheScope.For(session), query);
    }

    public async Task InvalidateAsync(CancellationToken cancellationToken)
    {
        var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
        var scope = CacheScope.For(session);
        await cache.InvalidateGroupAsync(ImagesNamespace, CacheScope.AccountFor(session)).ConfigureAwait(false);
        // The console's own views, plus any other view this process has cached for the user.
        var keys = ImageQuery.Standard.Select(q => ImagesKey(scope, q)).Concat(cache.Remembered(ImagesNamespace, scope)).Distinct();
        foreach (var key in keys)
        {
            await cache.InvalidateAsync(key).ConfigureAwait(false);
        }
    }

    public static bool IsImageId(string id) => id.StartsWith("ami-", StringComparison.Ordinal) || id.StartsWith("emi-", StringComparison.Ordinal);
}
