using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Domain.Compute;

/// <summary>
/// Zones, instance types and regions cached (they rarely change); a tag change on an image drops the
/// cached image lists so the next read shows it.
/// </summary>
internal sealed class CachedComputeBasics(IComputeBasics inner, ImageCache images, CloudConnection connection) : IComputeBasics
{
    public async Task<IReadOnlyList<AvailabilityZone>> DescribeAvailabilityZonesAsync(CancellationToken cancellationToken) =>
        await images.Cache.GetOrCreateAsync(CacheKey.For("zones", CacheScope.For(await connection.SessionAsync(cancellationToken).ConfigureAwait(false))),
            CacheRegion.LongTerm, inner.DescribeAvailabilityZonesAsync, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<InstanceTypeInfo>> DescribeInstanceTypesAsync(CancellationToken cancellationToken) =>
        await images.Cache.GetOrCreateAsync(CacheKey.For("instance-types", CacheScope.PublicFor(await connection.SessionAsync(cancellationToken).ConfigureAwait(false))),
            CacheRegion.ExtraLongTerm, inner.DescribeInstanceTypesAsync, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CloudRegion>> DescribeRegionsAsync(CancellationToken cancellationToken) =>
        await images.Cache.GetOrCreateAsync(CacheKey.For("regions", CacheScope.AccountFor(await connection.SessionAsync(cancellationToken).ConfigureAwait(false))),
            CacheRegion.ExtraLongTerm, inner.DescribeRegionsAsync, cancellationToken).ConfigureAwait(false);

    public async Task CreateTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<Tag> tags, CancellationToken cancellationToken)
    {
        await inner.CreateTagsAsync(resourceIds, tags, cancellationToken).ConfigureAwait(false);
        if (resourceIds.Any(ImageCache.IsImageId))
        {
            await images.InvalidateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await inner.DeleteTagsAsync(resourceIds, keys, cancellationToken).ConfigureAwait(false);
        if (resourceIds.Any(ImageCache.IsImageId))
        {
            await images.InvalidateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<IReadOnlyList<Subnet>> DescribeSubnetsAsync(CancellationToken cancellationToken) => inner.DescribeSubnetsAsync(cancellationToken);
}
