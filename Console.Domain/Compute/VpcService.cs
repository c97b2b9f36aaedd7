using EucaConsole.Domain.Cloud;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;

/// <summary>VPCs. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
internal sealed class VpcService(Ec2Calls calls) : IVpcService
{
    public Task<IReadOnlyList<Vpc>> DescribeVpcsAsync(CancellationToken cancellationToken) =>
        calls.PagedAsync("DescribeVpcs",
            (ec2, token) => ec2.DescribeVpcsAsync(new Ec2.DescribeVpcsRequest { MaxResults = calls.PageSize, NextToken = token }, cancellationToken),
            reply => (reply.Vpcs ?? []).Select(ToVpc), reply => reply.NextToken, cancellationToken);

    // By filter, not by id: an unknown id is then an empty answer, not an InvalidVpcID.NotFound error.
    public Task<Vpc?> FindVpcAsync(string vpcId, CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeVpcs", async ec2 => (await ec2.DescribeVpcsAsync(new Ec2.DescribeVpcsRequest
        {
            Filters = [new Ec2.Filter("vpc-id", [vpcId])],
        }, cancellationToken).ConfigureAwait(false)).Vpcs?.Where(v => v.VpcId == vpcId).Select(ToVpc).FirstOrDefault(), cancellationToken);

    // Tagged after it is made (CreateTags), as elsewhere: tag specifications on create are not bound by every cloud.
    public async Task<Vpc> CreateVpcAsync(string cidrBlock, string? name, CancellationToken cancellationToken)
    {
        var made = await calls.CallAsync("CreateVpc", async ec2 => ToVpc((await ec2.CreateVpcAsync(new Ec2.CreateVpcRequest(cidrBlock), cancellationToken)
            .ConfigureAwait(false)).Vpc), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(name))
        {
            return made;
        }

        await calls.CallAsync("CreateTags", ec2 => ec2.CreateTagsAsync(new Ec2.CreateTagsRequest([made.Id], [new Ec2.Tag("Name", name)]), cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return made with { Tags = [.. made.Tags, new Tag("Name", name)] };
    }

    public Task DeleteVpcAsync(string vpcId, CancellationToken cancellationToken) =>
        calls.CallAsync("DeleteVpc", ec2 => ec2.DeleteVpcAsync(new Ec2.DeleteVpcRequest(vpcId), cancellationToken), cancellationToken);

    private static Vpc ToVpc(Ec2.Vpc vpc) => new(vpc.VpcId, vpc.CidrBlock, vpc.State?.Value ?? string.Empty, vpc.IsDefault ?? false, vpc.DhcpOptionsId,
        vpc.InstanceTenancy?.Value, [.. (vpc.Tags ?? []).Select(t => new Tag(t.Key, t.Value ?? string.Empty))]);
}
