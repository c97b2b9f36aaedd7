using Bunit;
using EucaConsole.Components.Pages.Identity;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Access;
using EucaConsole.Tests.Components.Launching;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Identity;

/// <summary>The users and groups pages: forms checked before any call (counted), secrets shown once, limits said.</summary>
public sealed class UsersAndGroupsTests : ConsoleComponentTest
{
    private static readonly IamUser Alice = new("alice", "AIDA1", "arn:aws:iam::123456789012:user/alice", "/", null);

    private readonly WizardTestCloud _cloud = new();
    private readonly AnsweringService<IAccessService> _access;

    public UsersAndGroupsTests()
    {
        _cloud.Register(Services);
        (var access, _access) = AnsweringService.Create<IAccessService>();
        Services.AddScoped(_ => access);
        _cloud.Identity.Returns<IReadOnlyList<IamUser>>(nameof(IIdentityService.ListUsersAsync), [Alice])
            .Returns<IReadOnlyList<IamGroup>>(nameof(IIdentityService.ListGroupsAsync), [new("ops", "AGPA1", "arn:aws:iam::123456789012:group/ops", "/", null)])
            .Returns<IReadOnlyList<IamGroup>>(nameof(IIdentityService.ListGroupsForUserAsync), [])
            .Returns<IReadOnlyList<AttachedPolicy>>(nameof(IIdentityService.ListManagedPoliciesAsync), []);
        _access.Returns<LoginProfile?>(nameof(IAccessService.GetLoginProfileAsync), null)
            .Returns<IReadOnlyList<string>>(nameof(IAccessService.ListInlinePoliciesAsync), [])
            .Returns<IReadOnlyList<AttachedPolicy>>(nameof(IAccessService.ListAttachedPoliciesAsync), []);
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    private IRenderedComponent<MudDialogProvider> Dialogs { get; }

    [Fact]
    public void A_user_form_breaking_the_rules_is_refused_and_nothing_is_created()
    {
        _access.Returns<IReadOnlyList<AccessKey>>(nameof(IAccessService.ListAccessKeysAsync), []);
        var page = Render<Users>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-key]")));

        page.Find("[data-testid=create-user]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=user-create]")));
        Dialogs.Type("user-name", "bob smith");
        Dialogs.Type("user-path", "staff");
        Dialogs.Find("[data-testid=user-create]").Click();

        var errors = Dialogs.Find("[data-testid=form-errors]").TextContent;
        Assert.Contains("A user name has 1 to 64", errors, StringComparison.Ordinal);
        Assert.Contains("A path is /", errors, StringComparison.Ordinal);
        Assert.Equal(0, _cloud.Identity.CallsTo(nameof(IIdentityService.CreateUserAsync)));
    }

    [Fact]
    public void A_users_third_access_key_is_not_offered_and_the_limit_is_said()
    {
        _access.Returns<IReadOnlyList<AccessKey>>(nameof(IAccessService.ListAccessKeysAsync),
            [new("AKIA1", "Active", null), new("AKIA2", "Inactive", null)]);

        var page = Render<Users>(p => p.Add(x => x.UserName, "alice"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=access-key]").Count));
        Assert.True(page.Find("[data-testid=access-key-create]").HasAttribute("disabled"));
        Assert.Contains("IAM allows a user two access keys", page.Markup, StringComparison.Ordinal);
        Assert.Equal(0, _access.CallsTo(nameof(IAccessService.CreateAccessKeyAsync)));
    }

    [Fact]
    public void A_new_access_keys_secret_is_shown_once_and_not_after_the_detail_is_opened_again()
    {
        var keys = new List<AccessKey>();
        _access.On(nameof(IAccessService.ListAccessKeysAsync), _ => Task.FromResult<IReadOnlyList<AccessKey>>([.. keys]))
            .On(nameof(IAccessService.CreateAccessKeyAsync), _ =>
            {
                var key = new AccessKey("AKIANEW", "Active", null);
                keys.Add(key);
                return Task.FromResult(new CreatedAccessKey(key, "s3cr3t-value"));
            });
        var page = Render<Users>(p => p.Add(x => x.UserName, "alice"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=access-key-create]")));

        page.Find("[data-testid=access-key-create]").Click();

        page.WaitForAssertion(() => Assert.Equal("s3cr3t-value", page.Field("new-access-key-secret").GetAttribute("value")));
        page.Render(p => p.Add(x => x.UserName, (string?)null));
        page.Render(p => p.Add(x => x.UserName, "alice"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=access-key]")));
        Assert.DoesNotContain("s3cr3t-value", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_or_oversized_inline_policy_is_refused_before_it_is_sent()
    {
        _access.Returns<IReadOnlyList<AccessKey>>(nameof(IAccessService.ListAccessKeysAsync), []);
        var page = Render<Users>(p => p.Add(x => x.UserName, "alice"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=inline-policy-add]")));

        page.Find("[data-testid=inline-policy-add]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=inline-policy-save]")));
        Dialogs.Type("inline-policy-name", "big");
        Dialogs.Type("inline-policy-document", "{\"Statement\": [ {\"Effect\": \"Allow\" \"Action\": \"*\"} ]}");
        Dialogs.Find("[data-testid=inline-policy-save]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=inline-policy-document-problem]")));

        var statements = string.Join(",", Enumerable.Repeat("{\"Effect\":\"Allow\",\"Action\":\"ec2:DescribeInstances\",\"Resource\":\"*\"}", 40));
        Dialogs.Type("inline-policy-document", $"{{\"Version\":\"2012-10-17\",\"Statement\":[{statements}]}}");
        Dialogs.Find("[data-testid=inline-policy-save]").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("IAM allows 2,048.", Dialogs.Find("[data-testid=form-errors]").TextContent,
            StringComparison.Ordinal));

        Assert.Equal(0, _access.CallsTo(nameof(IAccessService.PutInlinePolicyAsync)));
    }

    [Fact]
    public void Deleting_a_group_takes_out_members_and_policies_first_and_says_each_step()
    {
        _cloud.Identity.Returns<IReadOnlyList<IamUser>>(nameof(IIdentityService.ListGroupMembersAsync), [Alice])
            .Completes(nameof(IIdentityService.RemoveUserFromGroupAsync)).Completes(nameof(IIdentityService.DeleteGroupAsync));
        var snackbars = Render<MudSnackbarProvider>();
        var page = Render<Groups>(p => p.Add(x => x.GroupName, "ops"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=group-member]")));

        page.Find("[data-testid=group-delete]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=confirm-ok]")));
        Dialogs.Find("[data-testid=confirm-ok]").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Deleted group ops after: removed member alice", snackbars.Markup, StringComparison.Ordinal));
        var order = _cloud.Identity.Calls.Select(c => c.Method).Where(m => m is nameof(IIdentityService.RemoveUserFromGroupAsync)
            or nameof(IIdentityService.DeleteGroupAsync)).ToList();
        Assert.Equal([nameof(IIdentityService.RemoveUserFromGroupAsync), nameof(IIdentityService.DeleteGroupAsync)], order);
    }
}
