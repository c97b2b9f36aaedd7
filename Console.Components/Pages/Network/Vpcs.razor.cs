using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Compute;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Network;

public partial class Vpcs
{
    /// <summary>The VPC whose details are open (<c>/vpcs/vpc-…</c>).</summary>
    [Parameter] public string? VpcId { get; set; }

    [Inject] private IVpcService VpcsCloud { get; set; } = default!;

    [Inject] private IComputeBasics Basics { get; set; } = default!;

    public override ResourceDefinition<Vpc> Definition => VpcSearch.Definition;

    public override string? DetailKey => VpcId;

    public override Task<IReadOnlyList<Vpc>> LoadAsync(CancellationToken cancellationToken) => VpcsCloud.DescribeVpcsAsync(cancellationToken);

    protected override async Task<Vpc?> FindAsync(string key, CancellationToken cancellationToken) =>
        System.Text.RegularExpressions.Regex.IsMatch(key, "^vpc-[0-9a-f]{8,17}$") ? await VpcsCloud.FindVpcAsync(key, cancellationToken) : null;

    protected override bool IsChanging(Vpc item) => item.State == "pending";

    private async Task CreateAsync()
    {
        var reference = await Dialogs.ShowAsync<CreateVpcDialog>(L["Create VPC"], new DialogParameters<CreateVpcDialog>(),
            DialogSizes.Small);
        if (await reference.Result is not { Canceled: false, Data: NewVpcForm form })
        {
            return;
        }

        Vpc? made = null;
        var name = form.Name.Trim();
        if (await RunAsync(L["VPC {0} created", form.CidrBlock], async ct => made = await VpcsCloud.CreateVpcAsync(form.CidrBlock, name.Length == 0 ? null : name, ct))
            && made is not null)
        {
            Highlighted = new HashSet<string>(StringComparer.Ordinal) { made.Id };
        }
    }

    private async Task DeleteAsync(Vpc vpc)
    {
        if (await ConfirmAsync(L["Delete VPC"], L["Its subnets, gateways and instances must be gone first; the cloud refuses otherwise. This cannot be undone."],
                [$"{vpc.Id} {vpc.Name ?? vpc.CidrBlock}"], "Delete")
            && await RunAsync(L["{0} deleted", vpc.Id], ct => VpcsCloud.DeleteVpcAsync(vpc.Id, ct)))
        {
            CloseDetail();
        }
    }

    private Task EditTagsAsync(Vpc vpc) => EditTagsAsync(Basics, vpc.Id, vpc.Name ?? vpc.Id, vpc.Tags);
}
