using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Access;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Identity;

public partial class Users
{
    private IReadOnlyList<string> _groups = [];
    private UserCreation? _created;

    /// <summary>The user whose details are open (<c>/users/NAME</c>).</summary>
    [Parameter] public string? UserName { get; set; }

    [Inject] private IIdentityService Identity { get; set; } = default!;

    [Inject] private IAccessService Access { get; set; } = default!;

    [Inject] private UserCreator Creator { get; set; } = default!;

    [Inject] private PrincipalRemover Remover { get; set; } = default!;

    public override ResourceDefinition<UserSummary> Definition => UserSearch.Definition;

    public override string? DetailKey => UserName;

    public override async Task<IReadOnlyList<UserSummary>> LoadAsync(CancellationToken cancellationToken)
    {
        var users = UserSummary.LoadAsync(Identity, Access, cancellationToken);
        _groups = [.. (await Identity.ListGroupsAsync(cancellationToken)).Select(g => g.Name).Order(StringComparer.Ordinal)];
        return await users;
    }

    private async Task CreateAsync()
    {
        var reference = await Dialogs.ShowAsync<CreateUserDialog>(L["Create user"], new DialogParameters<CreateUserDialog> { { d => d.Groups, _groups } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await reference.Result is not { Canceled: false, Data: UserForm form })
        {
            return;
        }

        UserCreation? created = null;
        if (!await RunAsync(L["User {0} created", form.Name], async ct => created = await Creator.CreateAsync(form, ct)) || created is null)
        {
            return;
        }

        if (created.Problem is { } problem)
        {
            Snackbar.Add(problem, Severity.Warning, options => options.RequireInteraction = true);
        }

        // The detail shows the one-time secrets; they live in this page's memory until it is left.
        _created = created;
        Navigation.NavigateTo(Route.OpenUrl(Navigation, new UserSummary(created.User, created.JoinedGroups, false, 0), Query));
    }

    private async Task JoinAsync(UserSummary user, string group) =>
        await RunAsync(L["{0} added to {1}", user.User.Name, group], ct => Identity.AddUserToGroupAsync(group, user.User.Name, ct));

    private async Task LeaveAsync(UserSummary user, string group)
    {
        if (await ConfirmAsync(L["Remove from group"], L["{0} loses what the group's policies allow.", user.User.Name], [group], "Remove"))
        {
            await RunAsync(L["{0} removed from {1}", user.User.Name, group], ct => Identity.RemoveUserFromGroupAsync(group, user.User.Name, ct));
        }
    }

    private async Task DeleteAsync(UserSummary user)
    {
        if (!await ConfirmAsync(L["Delete user"],
                L["The console first removes the user from its groups, deletes its access keys, console password and inline policies and detaches its managed policies, as IAM requires, then deletes it. Programs using its keys stop working. This cannot be undone."],
                [user.User.Arn], "Delete"))
        {
            return;
        }

        if (await Commands.RunAsync(ct => Remover.DeleteUserAsync(user.User.Name, ct), report => report.Describe()) is not null)
        {
            CloseDetail();
        }

        await RefreshAsync();
    }

    /// <summary>Closing the detail forgets the one-time secrets of a user just made.</summary>
    public override void CloseDetail()
    {
        _created = null;
        base.CloseDetail();
    }

    protected override void Dispose(bool disposing)
    {
        _created = null;
        base.Dispose(disposing);
    }
}
