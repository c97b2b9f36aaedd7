using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Roles;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Identity;

public partial class Roles
{
    /// <summary>The role whose details are open (<c>/roles/NAME</c>).</summary>
    [Parameter] public string? RoleName { get; set; }

    /// <summary>A role just made (the create page comes back here with it).</summary>
    [SupplyParameterFromQuery(Name = "created")] public string? Created { get; set; }

    [Inject] private IIdentityService Identity { get; set; } = default!;

    [Inject] private RoleRemover Remover { get; set; } = default!;

    public override ResourceDefinition<IamRole> Definition => RoleSearch.Definition;

    public override string? DetailKey => RoleName;

    protected override void OnInitialized()
    {
        Highlighted = string.IsNullOrWhiteSpace(Created) ? null : new HashSet<string>(StringComparer.Ordinal) { Created };
        base.OnInitialized();
    }

    public override Task<IReadOnlyList<IamRole>> LoadAsync(CancellationToken cancellationToken) => Identity.ListRolesAsync(cancellationToken);

    protected override async Task<IamRole?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(key, IamNames.RolePattern))
        {
            return null;
        }

        try
        {
            return await Identity.GetRoleAsync(key, cancellationToken);
        }
        catch (CloudException error) when (error.Code == "NoSuchEntity")
        {
            return null;
        }
    }

    private async Task DeleteAsync(IamRole role)
    {
        if (!await ConfirmAsync(L["Delete role"],
                L["Instances and launch configurations using it lose its permissions. The console first takes it out of its instance profiles, deletes its inline policies and detaches its managed policies, as IAM requires. This cannot be undone."],
                [role.Arn], "Delete"))
        {
            return;
        }

        if (await Commands.RunAsync(ct => Remover.DeleteAsync(role.Name, ct), report => report.Describe()) is not null)
        {
            CloseDetail();
            await RefreshAsync();
        }
    }
}
