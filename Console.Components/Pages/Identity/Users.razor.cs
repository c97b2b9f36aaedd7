using EucaConsole.Components.Dialogs;
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
    private ShownSecret? _password;
    private ShownSecret? _keySecret;

    /// <summary>The user whose details are open (<c>/users/NAME</c>).</summary>
    [Parameter] public string? UserName { get; set; }

    [Inject] private IIdentityService Identity { get; set; } = default!;

    [Inject] private IAccessService Access { get; set; } = default!;

    [Inject] private UserCreator Creator { get; set; } = default!;

    [Inject] private PrincipalRemover Remover { get; set; } = default!;

    [Inject] private PolicyChanges Policy { get; set; } = default!;

    public override ResourceDefinition<UserSummary> Definition => UserSearch.Definition;

    public override string? DetailKey => UserName;

    protected override Task OnParametersSetAsync()
    {
        // A secret shows in its user's detail while that detail stays open, never again after.
        if (_password?.UserName != UserName)
        {
            _password = null;
        }

        if (_keySecret?.UserName != UserName)
        {
            _keySecret = null;
        }

        return base.OnParametersSetAsync();
    }

    public override async Task<IReadOnlyList<UserSummary>> LoadAsync(CancellationToken cancellationToken)
    {
        var users = UserSummary.LoadAsync(Identity, Access, cancellationToken);
        _groups = [.. (await Identity.ListGroupsAsync(cancellationToken)).Select(g => g.Name).Order(StringComparer.Ordinal)];
        return await users;
    }

    private async Task CreateAsync()
    {
        var reference = await Dialogs.ShowAsync<CreateUserDialog>(L["Create user"], new DialogParameters<CreateUserDialog> { { d => d.Groups, _groups } },
            DialogSizes.Small);
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

    private async Task SetPasswordAsync(UserSummary user, bool random)
    {
        string password;
        if (random)
        {
            password = PasswordGenerator.Next();
        }
        else
        {
            var typed = await TextPromptDialog.AskAsync(Dialogs, L["Console password of {0}", user.User.Name], "Password", PasswordRules.Rule,
                confirmText: L["Set password"], required: true, maxLength: 128);
            if (typed is null)
            {
                return;
            }

            if (!PasswordRules.IsAcceptable(typed))
            {
                Snackbar.Add(PasswordRules.Rule, Severity.Warning);
                return;
            }

            password = typed;
        }

        var done = await CredentialChangeAsync(L["Console password set"], ct => user.HasPassword
            ? Access.UpdateLoginProfileAsync(user.User.Name, password, resetRequired: true, ct)
            : Access.CreateLoginProfileAsync(user.User.Name, password, resetRequired: true, ct));
        _password = done && random ? new ShownSecret(user.User.Name, L["New console password"], password, "new-password") : null;
    }

    private async Task RemovePasswordAsync(UserSummary user)
    {
        if (await ConfirmAsync(L["Remove console password"], L["The user can no longer sign in to a console; access keys keep working."], [user.User.Name], "Remove"))
        {
            await CredentialChangeAsync(L["Console password removed"], ct => Access.DeleteLoginProfileAsync(user.User.Name, ct));
        }
    }

    private async Task CreateKeyAsync(UserSummary user)
    {
        CreatedAccessKey? created = null;
        if (await CredentialChangeAsync(L["Access key created"], async ct => created = await Access.CreateAccessKeyAsync(user.User.Name, ct)) && created is not null)
        {
            _keySecret = new ShownSecret(user.User.Name, $"Secret of access key {created.Key.Id}", created.Secret, "new-access-key-secret", created.Key.Id);
        }
    }

    private Task<bool> ToggleKeyAsync(UserSummary user, AccessKey key) => CredentialChangeAsync(
        key.Status == "Active" ? L["{0} deactivated", key.Id] : L["{0} activated", key.Id],
        ct => Access.UpdateAccessKeyAsync(user.User.Name, key.Id, key.Status == "Active" ? "Inactive" : "Active", ct));

    private async Task DeleteKeyAsync(UserSummary user, AccessKey key)
    {
        if (await ConfirmAsync(L["Delete access key"], L["Programs using it stop working at once. This cannot be undone."], [key.Id], "Delete")
            && await CredentialChangeAsync(L["{0} deleted", key.Id], ct => Access.DeleteAccessKeyAsync(user.User.Name, key.Id, ct))
            && _keySecret?.AccessKeyId == key.Id)
        {
            _keySecret = null;
        }
    }

    /// <summary>A password or key change: the list's figures (password, key count) are read again whatever the outcome.</summary>
    private async Task<bool> CredentialChangeAsync(string done, Func<CancellationToken, Task> change)
    {
        var made = await Commands.RunAsync(done, change);
        await RefreshAsync();
        return made;
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
        _password = null;
        _keySecret = null;
        base.CloseDetail();
    }

    protected override void Dispose(bool disposing)
    {
        _created = null;
        _password = null;
        _keySecret = null;
        base.Dispose(disposing);
    }
}
