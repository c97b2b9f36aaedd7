using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Access;
using EucaConsole.Tests.Fixtures;
using FluentValidation;

namespace EucaConsole.Tests.Domain.Identity;

public sealed class AccessServiceTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string ReadPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}""";

    private async Task<string> UserAsync() => (await cloud.Identity.CreateUserAsync(CloudFixture.Unique("user"), null, None)).Name;

    [Fact]
    public async Task A_console_password_is_created_seen_changed_and_removed()
    {
        var user = await UserAsync();
        Assert.Null(await cloud.Access.GetLoginProfileAsync(user, None));

        await cloud.Access.CreateLoginProfileAsync(user, "Initial-pass-1", resetRequired: true, None);
        Assert.NotNull(await cloud.Access.GetLoginProfileAsync(user, None));
        await cloud.Access.UpdateLoginProfileAsync(user, "Second-pass-2", resetRequired: false, None);
        await cloud.Access.DeleteLoginProfileAsync(user, None);

        Assert.Null(await cloud.Access.GetLoginProfileAsync(user, None));
    }

    [Fact]
    public async Task Access_keys_are_created_with_their_secret_once_deactivated_deleted_and_limited_to_two()
    {
        var user = await UserAsync();
        var first = await cloud.Access.CreateAccessKeyAsync(user, None);
        var second = await cloud.Access.CreateAccessKeyAsync(user, None);

        Assert.False(string.IsNullOrEmpty(first.Secret));
        Assert.DoesNotContain(first.Secret, first.ToString(), StringComparison.Ordinal);
        var third = await Assert.ThrowsAsync<CloudException>(() => cloud.Access.CreateAccessKeyAsync(user, None));
        Assert.Equal("LimitExceeded", third.Code);

        await cloud.Access.UpdateAccessKeyAsync(user, first.Key.Id, "Inactive", None);
        var keys = await cloud.Access.ListAccessKeysAsync(user, None);
        Assert.Equal("Inactive", keys.Single(k => k.Id == first.Key.Id).Status);
        await cloud.Access.DeleteAccessKeyAsync(user, second.Key.Id, None);
        Assert.Equal([first.Key.Id], (await cloud.Access.ListAccessKeysAsync(user, None)).Select(k => k.Id));
    }

    [Theory]
    [InlineData(PolicyHolderKind.User)]
    [InlineData(PolicyHolderKind.Group)]
    public async Task Inline_and_attached_policies_of_a_user_or_group_are_put_read_listed_and_removed(PolicyHolderKind kind)
    {
        var name = kind == PolicyHolderKind.User ? await UserAsync() : (await cloud.Identity.CreateGroupAsync(CloudFixture.Unique("group"), null, None)).Name;
        var holder = new PolicyHolder(kind, name);
        var managed = await cloud.Identity.CreateManagedPolicyAsync(CloudFixture.Unique("managed"), ReadPolicy, None);

        await cloud.Access.PutInlinePolicyAsync(holder, "read", ReadPolicy, None);
        await cloud.Access.AttachPolicyAsync(holder, managed.Arn, None);

        Assert.Equal(["read"], await cloud.Access.ListInlinePoliciesAsync(holder, None));
        Assert.Contains("ec2:Describe*", await cloud.Access.GetInlinePolicyAsync(holder, "read", None), StringComparison.Ordinal);
        Assert.Equal([managed.Arn], (await cloud.Access.ListAttachedPoliciesAsync(holder, None)).Select(p => p.Arn));
        await cloud.Access.DeleteInlinePolicyAsync(holder, "read", None);
        await cloud.Access.DetachPolicyAsync(holder, managed.Arn, None);
        Assert.Empty(await cloud.Access.ListInlinePoliciesAsync(holder, None));
        Assert.Empty(await cloud.Access.ListAttachedPoliciesAsync(holder, None));
    }

    [Fact]
    public async Task A_user_is_created_with_a_group_a_random_password_and_an_access_key_then_deleted_step_by_step()
    {
        var group = (await cloud.Identity.CreateGroupAsync(CloudFixture.Unique("ops"), null, None)).Name;
        var name = CloudFixture.Unique("alice");
        var creator = new UserCreator(cloud.Identity, cloud.Access, new UserFormValidator());

        var created = await creator.CreateAsync(new UserForm
        {
            Name = name, Path = "/staff/", Groups = [group], Password = PasswordChoice.Random, CreateAccessKey = true,
        }, None);

        Assert.Null(created.Problem);
        Assert.Equal("/staff/", created.User.Path);
        Assert.Equal([group], created.JoinedGroups);
        Assert.Matches("[A-Z]", created.GeneratedPassword!);
        Assert.DoesNotContain(created.GeneratedPassword!, created.ToString(), StringComparison.Ordinal);
        Assert.NotNull(await cloud.Access.GetLoginProfileAsync(name, None));
        Assert.Single(await cloud.Access.ListAccessKeysAsync(name, None));
        await cloud.Access.PutInlinePolicyAsync(PolicyHolder.User(name), "read", ReadPolicy, None);

        var report = await new PrincipalRemover(cloud.Identity, cloud.Access).DeleteUserAsync(name, None);

        Assert.Equal(
            [$"removed from group {group}", $"deleted access key {created.AccessKey!.Key.Id}", "removed the console password", "deleted inline policy read"],
            report.Steps);
        Assert.DoesNotContain(await cloud.Identity.ListUsersAsync(None), u => u.Name == name);
    }

    [Fact]
    public async Task A_group_with_members_and_policies_is_emptied_then_deleted()
    {
        var group = (await cloud.Identity.CreateGroupAsync(CloudFixture.Unique("team"), null, None)).Name;
        var user = await UserAsync();
        await cloud.Identity.AddUserToGroupAsync(group, user, None);
        await cloud.Access.PutInlinePolicyAsync(PolicyHolder.Group(group), "read", ReadPolicy, None);

        var report = await new PrincipalRemover(cloud.Identity, cloud.Access).DeleteGroupAsync(group, None);

        Assert.Equal([$"removed member {user}", "deleted inline policy read"], report.Steps);
        Assert.DoesNotContain(await cloud.Identity.ListGroupsAsync(None), g => g.Name == group);
        Assert.Contains(await cloud.Identity.ListUsersAsync(None), u => u.Name == user);
    }

    [Fact]
    public async Task A_user_form_breaking_a_rule_sends_nothing()
    {
        var (identity, calls) = AnsweringService.Create<IIdentityService>();
        var (access, accessCalls) = AnsweringService.Create<IAccessService>();
        var creator = new UserCreator(identity, access, new UserFormValidator());

        var refused = await Assert.ThrowsAsync<ValidationException>(() => creator.CreateAsync(new UserForm
        {
            Name = "bad name", Path = "staff", Password = PasswordChoice.Typed, TypedPassword = "short",
        }, None));

        Assert.Equal(3, refused.Errors.Count());
        Assert.Empty(calls.Calls);
        Assert.Empty(accessCalls.Calls);
    }
}
