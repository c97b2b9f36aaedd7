using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Identity;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Identity;

public sealed class IdentityServiceTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string PolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}""";

    [Fact]
    public async Task The_current_principal_is_who_sts_says()
    {
        var caller = await cloud.Identity.GetCallerIdentityAsync(None);

        Assert.Equal("123456789012", caller.Account);
        Assert.StartsWith("arn:aws:", caller.Arn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_are_created_listed_and_deleted()
    {
        var name = CloudFixture.Unique("user");

        var user = await cloud.Identity.CreateUserAsync(name, "/ops/", None);
        Assert.Equal($"arn:aws:iam::123456789012:user/ops/{name}", user.Arn);
        Assert.Contains(await cloud.Identity.ListUsersAsync(None), u => u.Name == name && u.Path == "/ops/");

        await cloud.Identity.DeleteUserAsync(name, None);
        Assert.DoesNotContain(await cloud.Identity.ListUsersAsync(None), u => u.Name == name);
    }

    [Fact]
    public async Task Group_membership_is_added_listed_both_ways_and_removed()
    {
        var group = await cloud.Identity.CreateGroupAsync(CloudFixture.Unique("group"), null, None);
        var user = await cloud.Identity.CreateUserAsync(CloudFixture.Unique("member"), null, None);

        await cloud.Identity.AddUserToGroupAsync(group.Name, user.Name, None);
        Assert.Contains(await cloud.Identity.ListGroupMembersAsync(group.Name, None), u => u.Name == user.Name);
        Assert.Contains(await cloud.Identity.ListGroupsForUserAsync(user.Name, None), g => g.Name == group.Name);
        Assert.Contains(await cloud.Identity.ListGroupsAsync(None), g => g.Name == group.Name);

        await cloud.Identity.RemoveUserFromGroupAsync(group.Name, user.Name, None);
        Assert.Empty(await cloud.Identity.ListGroupMembersAsync(group.Name, None));
        await cloud.Identity.DeleteGroupAsync(group.Name, None);
        Assert.DoesNotContain(await cloud.Identity.ListGroupsAsync(None), g => g.Name == group.Name);
    }

    [Fact]
    public async Task A_role_with_the_ec2_trust_policy_is_created_read_and_deleted()
    {
        var name = CloudFixture.Unique("role");

        var created = await cloud.Identity.CreateRoleAsync(name, "/apps/", "for web servers", TrustPolicies.Ec2, None);
        var read = await cloud.Identity.GetRoleAsync(name, None);
        Assert.Equal(created.Arn, read.Arn);
        Assert.Contains("ec2.amazonaws.com", read.TrustPolicy, StringComparison.Ordinal);
        Assert.Equal("for web servers", read.Description);
        Assert.Contains(await cloud.Identity.ListRolesAsync(None), r => r.Name == name && r.Path == "/apps/");

        await cloud.Identity.DeleteRoleAsync(name, None);
        Assert.DoesNotContain(await cloud.Identity.ListRolesAsync(None), r => r.Name == name);
    }

    [Fact]
    public async Task List_roles_follows_every_page()
    {
        var prefix = CloudFixture.Unique("paged");
        for (var i = 0; i < 120; i++)
        {
            await cloud.Identity.CreateRoleAsync($"{prefix}-{i:000}", null, null, TrustPolicies.Ec2, None);
        }

        using var small = cloud.Connect(pageSize: 50);
        var roles = await new IdentityService(small).ListRolesAsync(None);

        Assert.Equal(120, roles.Count(r => r.Name.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.Equal(roles.Count, roles.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public async Task Inline_role_policies_are_put_read_listed_and_deleted()
    {
        var role = await cloud.Identity.CreateRoleAsync(CloudFixture.Unique("inline"), null, null, TrustPolicies.Ec2, None);
        const string document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";

        await cloud.Identity.PutRolePolicyAsync(role.Name, "s3-read", document, None);
        Assert.Equal(["s3-read"], await cloud.Identity.ListRolePoliciesAsync(role.Name, None));
        Assert.Contains("s3:GetObject", await cloud.Identity.GetRolePolicyAsync(role.Name, "s3-read", None), StringComparison.Ordinal);

        await cloud.Identity.DeleteRolePolicyAsync(role.Name, "s3-read", None);
        Assert.Empty(await cloud.Identity.ListRolePoliciesAsync(role.Name, None));
    }

    [Fact]
    public async Task Managed_policies_are_attached_listed_and_detached()
    {
        var role = await cloud.Identity.CreateRoleAsync(CloudFixture.Unique("managed"), null, null, TrustPolicies.Ec2, None);
        var policy = await cloud.Identity.CreateManagedPolicyAsync(CloudFixture.Unique("ec2-read"), PolicyDocument, None);
        Assert.Contains(policy, await cloud.Identity.ListManagedPoliciesAsync(includeAwsManaged: false, None));

        await cloud.Identity.AttachRolePolicyAsync(role.Name, policy.Arn, None);
        Assert.Equal([policy], await cloud.Identity.ListAttachedRolePoliciesAsync(role.Name, None));

        await cloud.Identity.DetachRolePolicyAsync(role.Name, policy.Arn, None);
        Assert.Empty(await cloud.Identity.ListAttachedRolePoliciesAsync(role.Name, None));
        await cloud.Identity.DeleteManagedPolicyAsync(policy.Arn, None);
        Assert.DoesNotContain(policy, await cloud.Identity.ListManagedPoliciesAsync(includeAwsManaged: false, None));
    }

    [Fact]
    public async Task An_instance_profile_takes_a_role_is_listed_for_it_and_is_emptied_and_deleted()
    {
        var role = await cloud.Identity.CreateRoleAsync(CloudFixture.Unique("profiled"), null, null, TrustPolicies.Ec2, None);

        var profile = await cloud.Identity.CreateInstanceProfileAsync(role.Name, null, None);
        await cloud.Identity.AddRoleToInstanceProfileAsync(profile.Name, role.Name, None);
        var forRole = Assert.Single(await cloud.Identity.ListInstanceProfilesForRoleAsync(role.Name, None));
        Assert.Equal(profile.Arn, forRole.Arn);
        Assert.Equal([role.Name], forRole.RoleNames);
        Assert.Contains(await cloud.Identity.ListInstanceProfilesAsync(None), p => p.Name == profile.Name);

        await cloud.Identity.RemoveRoleFromInstanceProfileAsync(profile.Name, role.Name, None);
        Assert.Empty(await cloud.Identity.ListInstanceProfilesForRoleAsync(role.Name, None));
        await cloud.Identity.DeleteInstanceProfileAsync(profile.Name, None);
        Assert.DoesNotContain(await cloud.Identity.ListInstanceProfilesAsync(None), p => p.Name == profile.Name);
    }

    [Fact]
    public async Task A_server_certificate_is_uploaded_listed_and_deleted()
    {
        var name = CloudFixture.Unique("cert");
        var (certificate, key) = TestKeys.SelfSignedCertificate("console.example.test");

        var uploaded = await cloud.Identity.UploadServerCertificateAsync(name, certificate, key, null, None);
        Assert.Equal($"arn:aws:iam::123456789012:server-certificate/{name}", uploaded.Arn);
        Assert.Contains(await cloud.Identity.ListServerCertificatesAsync(None), c => c.Name == name);

        await cloud.Identity.DeleteServerCertificateAsync(name, None);
        Assert.DoesNotContain(await cloud.Identity.ListServerCertificatesAsync(None), c => c.Name == name);
    }

    [Fact]
    public async Task An_unknown_role_is_the_clouds_no_such_entity_error()
    {
        var error = await Assert.ThrowsAsync<CloudException>(() => cloud.Identity.GetRoleAsync("no-such-role", None));

        Assert.Equal(CloudService.Identity, error.Service);
        Assert.Equal("NoSuchEntity", error.Code);
        Assert.Equal(404, error.HttpStatus);
        Assert.Contains("no-such-role", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RequestId);
    }
}
