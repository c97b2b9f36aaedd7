using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;
/// <summary>Elastic IP addresses. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
internal sealed class AddressService(Ec2Calls calls) : IAddressService
{
    public Task<IReadOnlyList<Address>> DescribeAddressesAsync(CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeAddresses", async ec2 => (IReadOnlyList<Address>)[.. ((await ec2.DescribeAddressesAsync(new Ec2.DescribeAddressesRequest(),
            cancellationToken).ConfigureAwait(false)).Addresses ?? []).Select(Ec2Mapping.Address)], cancellationToken);

    public Task<Address> AllocateAddressAsync(CancellationToken cancellationToken) =>
        calls.CallAsync("AllocateAddress", async ec2 =>
        {
            var reply = await ec2.AllocateAddressAsync(new Ec2.AllocateAddressRequest { Domain = DomainType.Vpc }, cancellationToken).ConfigureAwait(false);
            return new Address(reply.PublicIp, reply.AllocationId, null, null, null, reply.Domain?.Value ?? "vpc");
        }, cancellationToken);

    public Task<string?> AssociateAddressAsync(Address address, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return calls.CallAsync<string?>("AssociateAddress", async ec2 => (await ec2.AssociateAddressAsync(new Ec2.AssociateAddressRequest
        {
            AllocationId = address.AllocationId,
            PublicIp = address.AllocationId is null ? address.PublicIp : null,
            InstanceId = instanceId,
        }, cancellationToken).ConfigureAwait(false)).AssociationId, cancellationToken);
    }

    public Task<string?> AssociateAddressWithInterfaceAsync(Address address, string networkInterfaceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return calls.CallAsync<string?>("AssociateAddress", async ec2 => (await ec2.AssociateAddressAsync(new Ec2.AssociateAddressRequest
        {
            AllocationId = address.AllocationId,
            NetworkInterfaceId = networkInterfaceId,
        }, cancellationToken).ConfigureAwait(false)).AssociationId, cancellationToken);
    }

    public Task<IReadOnlyList<NetworkInterface>> DescribeNetworkInterfacesAsync(CancellationToken cancellationToken) =>
        calls.PagedAsync("DescribeNetworkInterfaces",
            (ec2, token) => ec2.DescribeNetworkInterfacesAsync(new Ec2.DescribeNetworkInterfacesRequest { MaxResults = calls.PageSize, NextToken = token },
                cancellationToken),
            reply => (reply.NetworkInterfaces ?? []).Select(n => new NetworkInterface(n.NetworkInterfaceId, n.Description, n.PrivateIpAddress,
                n.Attachment?.InstanceId, n.Status?.Value ?? "unknown", n.SubnetId)),
            reply => reply.NextToken, cancellationToken);

    public Task DisassociateAddressAsync(Address address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return calls.CallAsync("DisassociateAddress", ec2 => ec2.DisassociateAddressAsync(new Ec2.DisassociateAddressRequest
        {
            AssociationId = address.AssociationId,
            PublicIp = address.AssociationId is null ? address.PublicIp : null,
        }, cancellationToken), cancellationToken);
    }

    public Task ReleaseAddressAsync(Address address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return calls.CallAsync("ReleaseAddress", ec2 => ec2.ReleaseAddressAsync(new Ec2.ReleaseAddressRequest
        {
            AllocationId = address.AllocationId,
            PublicIp = address.AllocationId is null ? address.PublicIp : null,
        }, cancellationToken), cancellationToken);
    }
}
