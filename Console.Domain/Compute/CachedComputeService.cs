using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Domain.Compute;

/// <summary>
/// The compute service with the slow, rarely changing lists cached (images, zones, instance types,
/// regions), and every image mutation the console makes invalidating what it changed, so the next read
/// shows it at once. Everything else passes straight through.
/// </summary>
public sealed class CachedComputeService(IComputeService inner, SharedCache cache, CloudConnection connection) : IComputeService
{
    public const string ImagesNamespace = "images";

    public async Task<IReadOnlyList<Image>> DescribeImagesAsync(ImageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
        var scope = query.IsPublicCatalogue ? CacheScope.PublicFor(session) : CacheScope.For(session);
        var key = ImagesKey(scope, query);
        cache.Remember(key, scope);
        if (!query.IsPublicCatalogue)
        {
            // A change one user of the account makes (tags, deregistering) reaches the others' copies too.
            cache.RememberInGroup(key, CacheScope.AccountFor(session));
        }

        return await cache.GetOrCreateAsync(key, query.IsPublicCatalogue ? CacheRegion.LongTerm : CacheRegion.DefaultTerm,
            async ct => (IReadOnlyList<Image>)[.. await inner.DescribeImagesAsync(query, ct).ConfigureAwait(false)], cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetImagesAsync(ImageQuery query, CancellationToken cancellationToken) =>
        await cache.InvalidateAsync(await KeyForAsync(query, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

    public async Task<DateTimeOffset?> ImagesFetchedAtAsync(ImageQuery query, CancellationToken cancellationToken) =>
        cache.FetchedAt(await KeyForAsync(query, cancellationToken).ConfigureAwait(false));

    private async Task<CacheKey> KeyForAsync(ImageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
        return ImagesKey(query.IsPublicCatalogue ? CacheScope.PublicFor(session) : CacheScope.For(session), query);
    }

    public Task<Image?> DescribeImageAsync(string imageId, CancellationToken cancellationToken) =>
        inner.DescribeImageAsync(imageId, cancellationToken);

    public async Task<IReadOnlyList<AvailabilityZone>> DescribeAvailabilityZonesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey.For("zones", CacheScope.For(await connection.SessionAsync(cancellationToken).ConfigureAwait(false))),
            CacheRegion.LongTerm, inner.DescribeAvailabilityZonesAsync, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<InstanceTypeInfo>> DescribeInstanceTypesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey.For("instance-types", CacheScope.PublicFor(await connection.SessionAsync(cancellationToken).ConfigureAwait(false))),
            CacheRegion.ExtraLongTerm, inner.DescribeInstanceTypesAsync, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CloudRegion>> DescribeRegionsAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey.For("regions", CacheScope.AccountFor(await connection.SessionAsync(cancellationToken).ConfigureAwait(false))),
            CacheRegion.ExtraLongTerm, inner.DescribeRegionsAsync, cancellationToken).ConfigureAwait(false);

    public async Task<string> CreateImageAsync(string instanceId, string name, string? description, bool noReboot, CancellationToken cancellationToken)
    {
        var id = await inner.CreateImageAsync(instanceId, name, description, noReboot, cancellationToken).ConfigureAwait(false);
        await InvalidateImagesAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<string> RegisterImageAsync(RegisterImageSpec spec, CancellationToken cancellationToken)
    {
        var id = await inner.RegisterImageAsync(spec, cancellationToken).ConfigureAwait(false);
        await InvalidateImagesAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task DeregisterImageAsync(string imageId, CancellationToken cancellationToken)
    {
        await inner.DeregisterImageAsync(imageId, cancellationToken).ConfigureAwait(false);
        await InvalidateImagesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ModifyLaunchPermissionsAsync(string imageId, IReadOnlyList<LaunchPermission> add, IReadOnlyList<LaunchPermission> remove,
        CancellationToken cancellationToken)
    {
        await inner.ModifyLaunchPermissionsAsync(imageId, add, remove, cancellationToken).ConfigureAwait(false);
        await InvalidateImagesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CreateTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<Tag> tags, CancellationToken cancellationToken)
    {
        await inner.CreateTagsAsync(resourceIds, tags, cancellationToken).ConfigureAwait(false);
        if (resourceIds.Any(IsImageId))
        {
            await InvalidateImagesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await inner.DeleteTagsAsync(resourceIds, keys, cancellationToken).ConfigureAwait(false);
        if (resourceIds.Any(IsImageId))
        {
            await InvalidateImagesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The key an image view is cached under; invalidation builds the same one.</summary>
    public static CacheKey ImagesKey(CacheScope scope, ImageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return CacheKey.For(ImagesNamespace, scope, query.Owners, query.ExecutableBy);
    }

    private async Task InvalidateImagesAsync(CancellationToken cancellationToken)
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

    private static bool IsImageId(string id) => id.StartsWith("ami-", StringComparison.Ordinal) || id.StartsWith("emi-", StringComparison.Ordinal);

    // Uncached: these change often, or are cheap.
    public Task<IReadOnlyList<Instance>> DescribeInstancesAsync(CancellationToken cancellationToken, params string[] instanceIds) => inner.DescribeInstancesAsync(cancellationToken, instanceIds);

    public Task<IReadOnlyList<Instance>> RunInstancesAsync(RunInstancesSpec spec, CancellationToken cancellationToken) => inner.RunInstancesAsync(spec, cancellationToken);

    public Task StartInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) => inner.StartInstancesAsync(instanceIds, cancellationToken);

    public Task StopInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) => inner.StopInstancesAsync(instanceIds, cancellationToken);

    public Task RebootInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) => inner.RebootInstancesAsync(instanceIds, cancellationToken);

    public Task TerminateInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) => inner.TerminateInstancesAsync(instanceIds, cancellationToken);

    public Task<string?> GetConsoleOutputAsync(string instanceId, CancellationToken cancellationToken) => inner.GetConsoleOutputAsync(instanceId, cancellationToken);

    public Task<string?> GetUserDataAsync(string instanceId, CancellationToken cancellationToken) => inner.GetUserDataAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<LaunchPermission>> DescribeLaunchPermissionsAsync(string imageId, CancellationToken cancellationToken) => inner.DescribeLaunchPermissionsAsync(imageId, cancellationToken);

    public Task<IReadOnlyList<Volume>> DescribeVolumesAsync(CancellationToken cancellationToken) => inner.DescribeVolumesAsync(cancellationToken);

    public Task<Volume> CreateVolumeAsync(string availabilityZone, int sizeGiB, string? volumeType, string? snapshotId, CancellationToken cancellationToken) =>
        inner.CreateVolumeAsync(availabilityZone, sizeGiB, volumeType, snapshotId, cancellationToken);

    public Task AttachVolumeAsync(string volumeId, string instanceId, string device, CancellationToken cancellationToken) => inner.AttachVolumeAsync(volumeId, instanceId, device, cancellationToken);

    public Task DetachVolumeAsync(string volumeId, string instanceId, bool force, CancellationToken cancellationToken) => inner.DetachVolumeAsync(volumeId, instanceId, force, cancellationToken);

    public Task DeleteVolumeAsync(string volumeId, CancellationToken cancellationToken) => inner.DeleteVolumeAsync(volumeId, cancellationToken);

    public Task<IReadOnlyList<Snapshot>> DescribeSnapshotsAsync(CancellationToken cancellationToken) => inner.DescribeSnapshotsAsync(cancellationToken);

    public Task<Snapshot> CreateSnapshotAsync(string volumeId, string? description, CancellationToken cancellationToken) => inner.CreateSnapshotAsync(volumeId, description, cancellationToken);

    public Task DeleteSnapshotAsync(string snapshotId, CancellationToken cancellationToken) => inner.DeleteSnapshotAsync(snapshotId, cancellationToken);

    public Task<IReadOnlyList<SecurityGroup>> DescribeSecurityGroupsAsync(CancellationToken cancellationToken) => inner.DescribeSecurityGroupsAsync(cancellationToken);

    public Task<string> CreateSecurityGroupAsync(string name, string description, string? vpcId, CancellationToken cancellationToken) => inner.CreateSecurityGroupAsync(name, description, vpcId, cancellationToken);

    public Task DeleteSecurityGroupAsync(string groupId, CancellationToken cancellationToken) => inner.DeleteSecurityGroupAsync(groupId, cancellationToken);

    public Task AuthorizeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) => inner.AuthorizeIngressAsync(groupId, rule, cancellationToken);

    public Task RevokeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) => inner.RevokeIngressAsync(groupId, rule, cancellationToken);

    public Task AuthorizeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) => inner.AuthorizeEgressAsync(groupId, rule, cancellationToken);

    public Task RevokeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) => inner.RevokeEgressAsync(groupId, rule, cancellationToken);

    public Task<IReadOnlyList<KeyPair>> DescribeKeyPairsAsync(CancellationToken cancellationToken) => inner.DescribeKeyPairsAsync(cancellationToken);

    public Task<CreatedKeyPair> CreateKeyPairAsync(string name, CancellationToken cancellationToken) => inner.CreateKeyPairAsync(name, cancellationToken);

    public Task<KeyPair> ImportKeyPairAsync(string name, string publicKey, CancellationToken cancellationToken) => inner.ImportKeyPairAsync(name, publicKey, cancellationToken);

    public Task DeleteKeyPairAsync(string name, CancellationToken cancellationToken) => inner.DeleteKeyPairAsync(name, cancellationToken);

    public Task<IReadOnlyList<Address>> DescribeAddressesAsync(CancellationToken cancellationToken) => inner.DescribeAddressesAsync(cancellationToken);

    public Task<Address> AllocateAddressAsync(CancellationToken cancellationToken) => inner.AllocateAddressAsync(cancellationToken);

    public Task<string?> AssociateAddressAsync(Address address, string instanceId, CancellationToken cancellationToken) => inner.AssociateAddressAsync(address, instanceId, cancellationToken);

    public Task DisassociateAddressAsync(Address address, CancellationToken cancellationToken) => inner.DisassociateAddressAsync(address, cancellationToken);

    public Task ReleaseAddressAsync(Address address, CancellationToken cancellationToken) => inner.ReleaseAddressAsync(address, cancellationToken);
}
