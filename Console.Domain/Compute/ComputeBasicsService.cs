using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;
/// <summary>What every page needs: regions, zones, instance types, and tags on any resource. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
internal sealed class ComputeBasicsService(Ec2Calls calls, CloudConnection connection) : IComputeBasics
{
    public async Task<IReadOnlyList<InstanceTypeInfo>> DescribeInstanceTypesAsync(CancellationToken cancellationToken)
    {
        var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
        if (session.Profile.Dialect.InstanceTypes == InstanceTypeSource.EucalyptusVmTypes)
        {
            var query = await connection.QueryAsync(QueryApi.EucalyptusCompute, cancellationToken).ConfigureAwait(false);
            return await query.CallAsync(EucalyptusVmTypes.Action, null, EucalyptusVmTypes.Read, cancellationToken).ConfigureAwait(false);
        }

        return await DescribeEc2InstanceTypesAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<IReadOnlyList<InstanceTypeInfo>> DescribeEc2InstanceTypesAsync(CancellationToken cancellationToken) =>
        calls.PagedAsync("DescribeInstanceTypes",
            (ec2, token) => ec2.DescribeInstanceTypesAsync(new Ec2.DescribeInstanceTypesRequest { MaxResults = calls.PageSize, NextToken = token }, cancellationToken),
            reply => (reply.InstanceTypes ?? []).Select(t => new InstanceTypeInfo(t.InstanceType.Value, t.VCpuInfo?.DefaultVCpus, t.MemoryInfo?.SizeInMiB,
                [.. (t.ProcessorInfo?.SupportedArchitectures ?? []).Select(a => a.ToString())])),
            reply => reply.NextToken, cancellationToken);

    public Task CreateTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<Tag> tags, CancellationToken cancellationToken) =>
        calls.CallAsync("CreateTags", ec2 => ec2.CreateTagsAsync(new Ec2.CreateTagsRequest([.. resourceIds], [.. tags.Select(t => new Ec2.Tag(t.Key, t.Value))]),
            cancellationToken), cancellationToken);

    public Task DeleteTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        calls.CallAsync("DeleteTags", ec2 => ec2.DeleteTagsAsync(new Ec2.DeleteTagsRequest([.. resourceIds]) { Tags = [.. keys.Select(k => new Ec2.Tag { Key = k })] },
            cancellationToken), cancellationToken);

    public Task<IReadOnlyList<AvailabilityZone>> DescribeAvailabilityZonesAsync(CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeAvailabilityZones", async ec2 => (IReadOnlyList<AvailabilityZone>)[.. ((await ec2.DescribeAvailabilityZonesAsync(
            new Ec2.DescribeAvailabilityZonesRequest(), cancellationToken).ConfigureAwait(false)).AvailabilityZones ?? [])
            .Select(z => new AvailabilityZone(z.ZoneName, z.State?.Value ?? string.Empty, z.RegionName ?? string.Empty))], cancellationToken);

    public Task<IReadOnlyList<CloudRegion>> DescribeRegionsAsync(CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeRegions", async ec2 => (IReadOnlyList<CloudRegion>)[.. ((await ec2.DescribeRegionsAsync(new Ec2.DescribeRegionsRequest(),
            cancellationToken).ConfigureAwait(false)).Regions ?? []).Select(r => new CloudRegion(r.RegionName, r.Endpoint ?? string.Empty))], cancellationToken);

    public Task<IReadOnlyList<Subnet>> DescribeSubnetsAsync(CancellationToken cancellationToken) =>
        calls.PagedAsync("DescribeSubnets",
            (ec2, token) => ec2.DescribeSubnetsAsync(new Ec2.DescribeSubnetsRequest { MaxResults = calls.PageSize, NextToken = token }, cancellationToken),
            reply => (reply.Subnets ?? []).Select(s => new Subnet(s.SubnetId, s.AvailabilityZone, s.VpcId, s.CidrBlock, s.DefaultForAz ?? false)),
            reply => reply.NextToken, cancellationToken);
}
