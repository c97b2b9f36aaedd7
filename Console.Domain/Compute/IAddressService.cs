namespace EucaConsole.Domain.Compute;

/// <summary>Elastic IP addresses.</summary>
public interface IAddressService
{
    Task<IReadOnlyList<Address>> DescribeAddressesAsync(CancellationToken cancellationToken);

    Task<Address> AllocateAddressAsync(CancellationToken cancellationToken);

    /// <summary>Associates by allocation id (VPC) or, when there is none, by public IP (EC2-Classic, Eucalyptus).</summary>
    Task<string?> AssociateAddressAsync(Address address, string instanceId, CancellationToken cancellationToken);

    /// <summary>Associates with a network interface (its primary private address); VPC addresses only.</summary>
    Task<string?> AssociateAddressWithInterfaceAsync(Address address, string networkInterfaceId, CancellationToken cancellationToken);

    /// <summary>The network interfaces of the account's VPCs; none where the cloud has no VPC.</summary>
    Task<IReadOnlyList<NetworkInterface>> DescribeNetworkInterfacesAsync(CancellationToken cancellationToken);

    Task DisassociateAddressAsync(Address address, CancellationToken cancellationToken);

    Task ReleaseAddressAsync(Address address, CancellationToken cancellationToken);
}
