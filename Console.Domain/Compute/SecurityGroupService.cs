using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;
/// <summary>Security groups and their rules. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
internal sealed class SecurityGroupService(Ec2Calls calls) : ISecurityGroupService
{
    public Task<IReadOnlyList<SecurityGroup>> DescribeSecurityGroupsAsync(CancellationToken cancellationToken) =>
        calls.PagedAsync("DescribeSecurityGroups",
            (ec2, token) => ec2.DescribeSecurityGroupsAsync(new Ec2.DescribeSecurityGroupsRequest { MaxResults = calls.PageSize, NextToken = token }, cancellationToken),
            reply => (reply.SecurityGroups ?? []).Select(Ec2Mapping.SecurityGroup), reply => reply.NextToken, cancellationToken);

    public Task<string> CreateSecurityGroupAsync(string name, string description, string? vpcId, CancellationToken cancellationToken) =>
        calls.CallAsync("CreateSecurityGroup", async ec2 => (await ec2.CreateSecurityGroupAsync(new Ec2.CreateSecurityGroupRequest(name, description)
        {
            VpcId = vpcId,
        }, cancellationToken).ConfigureAwait(false)).GroupId, cancellationToken);

    public Task DeleteSecurityGroupAsync(string groupId, CancellationToken cancellationToken) =>
        calls.CallAsync("DeleteSecurityGroup", ec2 => ec2.DeleteSecurityGroupAsync(new Ec2.DeleteSecurityGroupRequest { GroupId = groupId }, cancellationToken),
            cancellationToken);

    public Task AuthorizeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) =>
        calls.CallAsync("AuthorizeSecurityGroupIngress", ec2 => ec2.AuthorizeSecurityGroupIngressAsync(new Ec2.AuthorizeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = [Ec2Mapping.Permission(rule)],
        }, cancellationToken), cancellationToken);

    public Task RevokeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) =>
        calls.CallAsync("RevokeSecurityGroupIngress", ec2 => ec2.RevokeSecurityGroupIngressAsync(new Ec2.RevokeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = [Ec2Mapping.Permission(rule)],
        }, cancellationToken), cancellationToken);

    public Task AuthorizeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) =>
        calls.CallAsync("AuthorizeSecurityGroupEgress", ec2 => ec2.AuthorizeSecurityGroupEgressAsync(new Ec2.AuthorizeSecurityGroupEgressRequest
        {
            GroupId = groupId,
            IpPermissions = [Ec2Mapping.Permission(rule)],
        }, cancellationToken), cancellationToken);

    public Task RevokeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) =>
        calls.CallAsync("RevokeSecurityGroupEgress", ec2 => ec2.RevokeSecurityGroupEgressAsync(new Ec2.RevokeSecurityGroupEgressRequest
        {
            GroupId = groupId,
            IpPermissions = [Ec2Mapping.Permission(rule)],
        }, cancellationToken), cancellationToken);
}
