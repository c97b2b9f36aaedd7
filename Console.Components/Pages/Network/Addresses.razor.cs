using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Network;

public partial class Addresses
{
    /// <summary>The address whose details are open (<c>/addresses/203.0.113.10</c>).</summary>
    [Parameter] public string? PublicIp { get; set; }

    [Inject] private IAddressService AddressesCloud { get; set; } = default!;

    [Inject] private IInstanceService InstancesCloud { get; set; } = default!;

    public override ResourceDefinition<Address> Definition => AddressSearch.Definition;

    public override string? DetailKey => PublicIp;

    public override Task<IReadOnlyList<Address>> LoadAsync(CancellationToken cancellationToken) => AddressesCloud.DescribeAddressesAsync(cancellationToken);

    private async Task AllocateAsync()
    {
        if (!await ConfirmAsync(L["Allocate an elastic IP"], L["The cloud reserves a public address for this account until you release it. On AWS an address not associated with a running instance is charged for."], [], "Allocate"))
        {
            return;
        }

        Address? allocated = null;
        await RunAsync(L["Address allocated"], async ct => allocated = await AddressesCloud.AllocateAddressAsync(ct));
        if (allocated is not null)
        {
            Highlighted = new HashSet<string>(StringComparer.Ordinal) { allocated.PublicIp };
        }
    }

    private async Task AssociateAsync(Address address)
    {
        if (await Commands.ReadAsync(async ct => (
                Instances: (IReadOnlyList<Instance>)[.. (await InstancesCloud.DescribeInstancesAsync(ct)).Where(i => i.State is "running" or "stopped" && i.Id != address.InstanceId)],
                Interfaces: address.Domain == "vpc" ? await AddressesCloud.DescribeNetworkInterfacesAsync(ct) : []), Leaving) is not { Succeeded: true, Value: var (instances, interfaces) })
        {
            return;
        }

        var reference = await Dialogs.ShowAsync<AssociateAddressDialog>(L["Associate {0}", address.PublicIp],
            new DialogParameters<AssociateAddressDialog> { { d => d.Instances, instances }, { d => d.Interfaces, interfaces } },
            DialogSizes.Small);
        if (await reference.Result is { Canceled: false, Data: (string kind, string target) })
        {
            await RunAsync(L["{0} associated with {1}", address.PublicIp, target], ct => kind == "interface"
                ? AddressesCloud.AssociateAddressWithInterfaceAsync(address, target, ct)
                : AddressesCloud.AssociateAddressAsync(address, target, ct));
        }
    }

    private async Task DisassociateAsync(Address address)
    {
        if (await ConfirmAsync(L["Disassociate address"], L["The instance loses this public address (and gets a new automatic one, if its network gives one)."],
                [L["{0} from {1}", address.PublicIp, address.InstanceId ?? string.Empty]], "Disassociate"))
        {
            await RunAsync(L["{0} disassociated", address.PublicIp], ct => AddressesCloud.DisassociateAddressAsync(address, ct));
        }
    }

    private async Task ReleaseAsync(Address address)
    {
        if (await ConfirmAsync(L["Release address"], L["The address goes back to the cloud; you may never get the same one again."], [address.PublicIp], "Release")
            && await RunAsync(L["{0} released", address.PublicIp], ct => AddressesCloud.ReleaseAddressAsync(address, ct)))
        {
            CloseDetail();
        }
    }
}
