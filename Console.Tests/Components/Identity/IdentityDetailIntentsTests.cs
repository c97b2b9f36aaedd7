using Bunit;
using EucaConsole.Components.Pages.Identity;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Access;
using EucaConsole.Tests.Components.Launching;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Identity;

/// <summary>
/// A user's and a group's details raise what the user asks for; the page confirms where a change deserves
/// it, makes it through the command path, and the detail reads again what it shows.
/// </summary>
public sealed class IdentityDetailIntentsTests : ConsoleComponentTest
{
    private static readonly IamUser Alice = new("alice", "AIDA1", "arn:aws:iam::123456789012:user/alice", "/", null);
    private static readonly AttachedPolicy ReadOnly = new("ReadOnly", "arn:aws:iam::123456789012:policy/ReadOnly");

    private readonly WizardTestCloud _cloud = new();
    private readonly AnsweringService<IAccessService> _access;
    private readonly List<AccessKey> _keys = [new("AKIA1", "Active", null)];
    private LoginProfile? _profile;

    public IdentityDetailIntentsTests()
    {
        _cloud.Register(Services);
        (var access, _access) = AnsweringService.Create<IAccessService>();
        Services.AddScoped(_ => access);
        _cloud.Identity.Returns<IReadOnlyList<IamUser>>(nameof(IIdentityService.ListUsersAsync), [Alice])
            .Returns<IReadOnlyList<IamGroup>>(nameof(IIdentityService.ListGroupsAsync), [new("ops", "AGPA1", "arn:aws:iam::123456789012:group/ops", "/", null)])
            .Returns<IReadOnlyList<IamGroup>>(nameof(IIdentityService.ListGroupsForUserAsync), [])
            .Returns<IReadOnlyList<IamUser>>(nameof(IIdentityService.ListGroupMembersAsync), [Alice])
            .Returns<IReadOnlyList<AttachedPolicy>>(nameof(IIdentityService.ListManagedPoliciesAsync), [ReadOnly])
            .Completes(nameof(IIdentityService.RemoveUserFromGroupAsync));
        _access.On(nameof(IAccessService.GetLoginProfileAsync), _ => Task.FromResult(_profile))
            .On(nameof(IAccessService.ListAccessKeysAsync), _ => Task.FromResult<IReadOnlyList<AccessKey>>([.. _keys]))
            .On(nameof(IAccessService.CreateLoginProfileAsync), _ => { _profile = new LoginProfile(null, true); return Task.CompletedTask; })
            .On(nameof(IAccessService.DeleteLoginProfileAsync), _ => { _profile = null; return Task.CompletedTask; })
            .On(nameof(IAccessService.UpdateAccessKeyAsync), args => { _keys[0] = _keys[0] with { Status = (string)args[2]! }; return Task.CompletedTask; })
            .On(nameof(IAccessService.DeleteAccessKeyAsync), args => { _keys.RemoveAll(k => k.Id == (string)args[1]!); return Task.CompletedTask; })
            .Returns<IReadOnlyList<string>>(nameof(IAccessService.ListInlinePoliciesAsync), ["logs"])
            .Returns(nameof(IAccessService.GetInlinePolicyAsync), "{\"Version\":\"2012-10-17\",\"Statement\":[]}")
            .Returns<IReadOnlyList<AttachedPolicy>>(nameof(IAccessService.ListAttachedPoliciesAsync), [ReadOnly])
            .Completes(nameof(IAccessService.DeleteInlinePolicyAsync))
            .Completes(nameof(IAccessService.DetachPolicyAsync));
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    private IRenderedComponent<MudDialogProvider> Dialogs { get; }

    private void Confirm()
    {
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=confirm-ok]")));
        Dialogs.Find("[data-testid=confirm-ok]").Click();
    }

    private IRenderedComponent<Users> OpenAlice()
    {
        var page = Render<Users>(p => p.Add(x => x.UserName, "alice"));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=access-key]")));
        return page;
    }

    [Fact]
    public void A_generated_password_is_set_in_the_cloud_shown_once_and_then_removed_after_confirmation()
    {
        var page = OpenAlice();

        page.Find("[data-testid=user-password-random]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.Field("new-password").GetAttribute("value")!));
        var sent = (string)_access.Calls.Single(c => c.Method == nameof(IAccessService.CreateLoginProfileAsync)).Args[1]!;
        Assert.Equal(sent, page.Field("new-password").GetAttribute("value"));
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=user-password-remove]").HasAttribute("disabled")));

        page.Find("[data-testid=user-password-remove]").Click();
        Confirm();

        page.WaitForAssertion(() => Assert.Equal(1, _access.CallsTo(nameof(IAccessService.DeleteLoginProfileAsync))));
        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=user-password-remove]").HasAttribute("disabled")));
    }

    [Fact]
    public void A_key_is_deactivated_at_once_and_deleted_only_after_confirmation_and_the_keys_are_read_again()
    {
        var page = OpenAlice();

        page.Find("[data-testid=access-key-toggle]").Click();
        page.WaitForAssertion(() => Assert.Equal("Inactive", page.Find("[data-testid=access-key-status]").TextContent));
        Assert.Equal(["alice", "AKIA1", "Inactive"], _access.Calls.Single(c => c.Method == nameof(IAccessService.UpdateAccessKeyAsync)).Args.Take(3));

        page.Find("[data-testid=access-key-delete]").Click();
        Assert.Equal(0, _access.CallsTo(nameof(IAccessService.DeleteAccessKeyAsync)));
        Confirm();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=access-key]")));
        Assert.Equal(1, _access.CallsTo(nameof(IAccessService.DeleteAccessKeyAsync)));
    }

    [Fact]
    public void A_users_inline_policy_is_deleted_and_a_managed_one_detached_each_after_confirmation()
    {
        var page = OpenAlice();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=attached-policy]")));

        page.Find("[data-testid=inline-policy-delete]").Click();
        Confirm();
        page.WaitForAssertion(() => Assert.Equal(1, _access.CallsTo(nameof(IAccessService.DeleteInlinePolicyAsync))));
        Assert.Equal([PolicyHolder.User("alice"), "logs"], _access.Calls.Single(c => c.Method == nameof(IAccessService.DeleteInlinePolicyAsync)).Args.Take(2));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=attached-policy-detach]")));
        page.Find("[data-testid=attached-policy-detach]").Click();
        Confirm();
        page.WaitForAssertion(() => Assert.Equal(1, _access.CallsTo(nameof(IAccessService.DetachPolicyAsync))));
        Assert.Equal([PolicyHolder.User("alice"), ReadOnly.Arn], _access.Calls.Single(c => c.Method == nameof(IAccessService.DetachPolicyAsync)).Args.Take(2));
    }

    [Fact]
    public void A_group_member_is_removed_only_after_confirmation_and_a_refusal_sends_nothing()
    {
        var page = Render<Groups>(p => p.Add(x => x.GroupName, "ops"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=group-member]")));

        page.Find("[data-testid=group-member] .mud-chip-close-button").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=confirm-cancel]")));
        Dialogs.Find("[data-testid=confirm-cancel]").Click();
        Assert.Equal(0, _cloud.Identity.CallsTo(nameof(IIdentityService.RemoveUserFromGroupAsync)));

        page.Find("[data-testid=group-member] .mud-chip-close-button").Click();
        Confirm();

        page.WaitForAssertion(() => Assert.Equal(1, _cloud.Identity.CallsTo(nameof(IIdentityService.RemoveUserFromGroupAsync))));
        Assert.Equal(["ops", "alice"], _cloud.Identity.Calls.Single(c => c.Method == nameof(IIdentityService.RemoveUserFromGroupAsync)).Args.Take(2));
    }
}
