namespace EucaConsole.Domain.Compute;

/// <summary>Security groups and their ingress and egress rules.</summary>
public interface ISecurityGroupService
{
    Task<IReadOnlyList<SecurityGroup>> DescribeSecurityGroupsAsync(CancellationToken cancellationToken);

    Task<string> CreateSecurityGroupAsync(string name, string description, string? vpcId, CancellationToken cancellationToken);

    Task DeleteSecurityGroupAsync(string groupId, CancellationToken cancellationToken);

    Task AuthorizeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken);

    Task RevokeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken);

    Task AuthorizeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken);

    Task RevokeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken);
}
