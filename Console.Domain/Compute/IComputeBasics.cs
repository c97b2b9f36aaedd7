namespace EucaConsole.Domain.Compute;

/// <summary>What every compute page needs: regions, zones, instance types, and tags on any resource.</summary>
public interface IComputeBasics
{
    Task<IReadOnlyList<InstanceTypeInfo>> DescribeInstanceTypesAsync(CancellationToken cancellationToken);

    Task CreateTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<Tag> tags, CancellationToken cancellationToken);

    Task DeleteTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<string> keys, CancellationToken cancellationToken);

    Task<IReadOnlyList<AvailabilityZone>> DescribeAvailabilityZonesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<CloudRegion>> DescribeRegionsAsync(CancellationToken cancellationToken);

    /// <summary>The account's VPC subnets; none where the cloud has no VPC.</summary>
    Task<IReadOnlyList<Subnet>> DescribeSubnetsAsync(CancellationToken cancellationToken);
}
