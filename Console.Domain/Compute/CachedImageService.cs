using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Domain.Compute;

/// <summary>
/// Image lists cached (they are slow: 15,000 and more on a public cloud), and every image change the
/// console makes invalidating what it changed, so the next read shows it at once.
/// </summary>
internal sealed class CachedImageService(IImageService inner, ImageCache images, CloudConnection connection) : IImageService
{
    public async Task<IReadOnlyList<Image>> DescribeImagesAsync(ImageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
        var scope = query.IsPublicCatalogue ? CacheScope.PublicFor(session) : CacheScope.For(session);
        var key = ImageCache.ImagesKey(scope, query);
        images.Cache.Remember(key, scope);
        if (!query.IsPublicCatalogue)
        {
            // A change one user of the account makes (tags, deregistering) reaches the others' copies too.
            images.Cache.RememberInGroup(key, CacheScope.AccountFor(session));
        }

        return await images.Cache.GetOrCreateAsync(key, query.IsPublicCatalogue ? CacheRegion.LongTerm : CacheRegion.DefaultTerm,
            async ct => (IReadOnlyList<Image>)[.. await inner.DescribeImagesAsync(query, ct).ConfigureAwait(false)], cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetImagesAsync(ImageQuery query, CancellationToken cancellationToken) =>
        await images.Cache.InvalidateAsync(await images.KeyForAsync(query, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

    public async Task<DateTimeOffset?> ImagesFetchedAtAsync(ImageQuery query, CancellationToken cancellationToken) =>
        images.Cache.FetchedAt(await images.KeyForAsync(query, cancellationToken).ConfigureAwait(false));

    public Task<Image?> DescribeImageAsync(string imageId, CancellationToken cancellationToken) =>
        inner.DescribeImageAsync(imageId, cancellationToken);

    public Task<IReadOnlyList<LaunchPermission>> DescribeLaunchPermissionsAsync(string imageId, CancellationToken cancellationToken) =>
        inner.DescribeLaunchPermissionsAsync(imageId, cancellationToken);

    public async Task<string> CreateImageAsync(string instanceId, string name, string? description, bool noReboot, CancellationToken cancellationToken)
    {
        var id = await inner.CreateImageAsync(instanceId, name, description, noReboot, cancellationToken).ConfigureAwait(false);
        await images.InvalidateAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<string> RegisterImageAsync(RegisterImageSpec spec, CancellationToken cancellationToken)
    {
        var id = await inner.RegisterImageAsync(spec, cancellationToken).ConfigureAwait(false);
        await images.InvalidateAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task DeregisterImageAsync(string imageId, CancellationToken cancellationToken)
    {
        await inner.DeregisterImageAsync(imageId, cancellationToken).ConfigureAwait(false);
        await images.InvalidateAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ModifyLaunchPermissionsAsync(string imageId, IReadOnlyList<LaunchPermission> add, IReadOnlyList<LaunchPermission> remove,
        CancellationToken cancellationToken)
    {
        await inner.ModifyLaunchPermissionsAsync(imageId, add, remove, cancellationToken).ConfigureAwait(false);
        await images.InvalidateAsync(cancellationToken).ConfigureAwait(false);
    }
}
