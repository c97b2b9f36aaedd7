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
        if (!await ConfirmAsync("Allocate an elastic IP", "The cloud reserves a public address for this account until you release it. " +
                "On AWS an address not associated with a running instance is charged for.", [], "Allocate"))
        {
            return;
        }

        Address? allocated = null;
        await RunAsync("Address allocated", async ct => allocated = await AddressesCloud.AllocateAddressAsync(ct));
        if (allocated is not null)
        {
            Highlighted = new HashSet<string>(StringComparer.Ordinal) { allocated.PublicIp };
        }
    }

    private async Task AssociateAsync(Address address)
    {
        IReadOnlyList<Instance> instances;
        IReadOnlyList<NetworkInterface> interfaces = [];
        try
        {
            instances = [.. (await InstancesCloud.DescribeInstancesAsync(Leaving)).Where(i => i.State is "running" or "stopped" && i.Id != address.InstanceId)];
            if (address.Domain == "vpc")
            {
                interfaces = await AddressesCloud.DescribeNetworkInterfacesAsync(Leaving);
            }
        }
        catch (CloudException error)
        {
            Snackbar.Add(error.Describe(), Severity.Error, options => options.RequireInteraction = true);
            return;
        }

        var reference = await Dialogs.ShowAsync<AssociateAddressDialog>($"Associate {address.PublicIp}",
            new DialogParameters<AssociateAddressDialog> { { d => d.Instances, instances }, { d => d.Interfaces, interfaces } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await reference.Result is { Canceled: false, Data: (string kind, string target) })
        {
            await RunAsync($"{address.PublicIp} associated with {target}", ct => kind == "interface"
                ? AddressesCloud.AssociateAddressWithInterfaceAsync(address, target, ct)
                : AddressesCloud.AssociateAddressAsync(address, target, ct));
        }
    }

    private async Task DisassociateAsync(Address address)
    {
        if (await ConfirmAsync("Disassociate address", "The instance loses this public address (and gets a new automatic one, if its network gives one).",
                [$"{address.PublicIp} from {address.InstanceId}"], "Disassociate"))
        {
            await RunAsync($"{address.PublicIp} disassociated", ct => AddressesCloud.DisassociateAddressAsync(address, ct));
        }
    }

    private async Task ReleaseAsync(Address address)
    {
        if (await ConfirmAsync("Release address", "The address goes back to the cloud; you may never get the same one again.", [address.PublicIp], "Release")
            && await RunAsync($"{address.PublicIp} released", ct => AddressesCloud.ReleaseAddressAsync(address, ct)))
        {
            CloseDetail();
        }
    }
}
