using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Access;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Identity;

public partial class Groups
{
    /// <summary>The group whose details are open (<c>/groups/NAME</c>).</summary>
    [Parameter] public string? GroupName { get; set; }

    [Inject] private IIdentityService Identity { get; set; } = default!;

    [Inject] private PrincipalRemover Remover { get; set; } = default!;

    [Inject] private PolicyChanges Policy { get; set; } = default!;

    public override ResourceDefinition<IamGroup> Definition => GroupSearch.Definition;

    public override string? DetailKey => GroupName;

    public override Task<IReadOnlyList<IamGroup>> LoadAsync(CancellationToken cancellationToken) => Identity.ListGroupsAsync(cancellationToken);

    private async Task CreateAsync()
    {
        var reference = await Dialogs.ShowAsync<CreateGroupDialog>(L["Create group"], new DialogParameters<CreateGroupDialog>(),
            DialogSizes.Small);
        if (await reference.Result is { Canceled: false, Data: (string name, string path) }
            && await RunAsync(L["Group {0} created", name], ct => Identity.CreateGroupAsync(name, path == "/" ? null : path, ct)))
        {
            Navigation.NavigateTo(ResourceCatalog.IamGroups.Detail(name));
        }
    }

    private Task<bool> AddMemberAsync(IamGroup group, string user) =>
        Commands.RunAsync(L["{0} added to {1}", user, group.Name], ct => Identity.AddUserToGroupAsync(group.Name, user, ct));

    private async Task RemoveMemberAsync(IamGroup group, string user)
    {
        if (await ConfirmAsync(L["Remove member"], L["{0} loses what {1}'s policies allow.", user, group.Name], [user], "Remove"))
        {
            await Commands.RunAsync(L["{0} removed from {1}", user, group.Name], ct => Identity.RemoveUserFromGroupAsync(group.Name, user, ct));
        }
    }

    private async Task DeleteAsync(IamGroup group)
    {
        if (!await ConfirmAsync(L["Delete group"],
                L["The console first removes its members, deletes its inline policies and detaches its managed policies, as IAM requires, then deletes it. Its members lose what it allowed. This cannot be undone."], [group.Arn], "Delete"))
        {
            return;
        }

        if (await Commands.RunAsync(ct => Remover.DeleteGroupAsync(group.Name, ct), report => report.Describe()) is not null)
        {
            CloseDetail();
        }

        await RefreshAsync();
    }
}
