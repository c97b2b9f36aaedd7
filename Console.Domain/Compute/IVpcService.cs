namespace EucaConsole.Domain.Compute;

/// <summary>VPCs: listed, made from an address range (named by a Name tag), deleted.</summary>
public interface IVpcService
{
    Task<IReadOnlyList<Vpc>> DescribeVpcsAsync(CancellationToken cancellationToken);

    /// <summary>One VPC by id (a detail's address), asked for alone; null when there is none.</summary>
    Task<Vpc?> FindVpcAsync(string vpcId, CancellationToken cancellationToken);

    /// <summary>Makes a VPC and, when a name is given, tags it Name=…; returns it as made.</summary>
    Task<Vpc> CreateVpcAsync(string cidrBlock, string? name, CancellationToken cancellationToken);

    Task DeleteVpcAsync(string vpcId, CancellationToken cancellationToken);
}
