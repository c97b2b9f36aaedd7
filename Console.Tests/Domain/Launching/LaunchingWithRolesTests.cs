using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Roles;
using EucaConsole.Domain.Launching;
using EucaConsole.Tests.Fixtures;
using FluentValidation;

namespace EucaConsole.Tests.Domain.Launching;

/// <summary>The wizards' back end on moto_server: roles become instance profiles, made once and reused; roles in profiles can be deleted.</summary>
public sealed class LaunchingWithRolesTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private RoleInstanceProfiles Profiles => new(cloud.Identity);

    private InstanceLauncher Launcher(IAllCompute? compute = null) =>
        new(compute ?? cloud.Compute, compute ?? cloud.Compute, Profiles, new LaunchFormValidator(), TimeProvider.System, cloud.Session);

    private LaunchConfigurationMaker Maker => new(cloud.Scaling, Profiles, new LaunchConfigurationFormValidator(), TimeProvider.System);

    private async Task<string> ImageAsync() => (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None))[0].Id;

    private async Task<IamRole> NewRoleAsync() =>
        await new RoleCreator(cloud.Identity, new RoleFormValidator()).CreateAsync(new RoleForm { Name = CloudFixture.Unique("wizard-role") }, None);

    [Fact]
    public async Task Launching_with_a_role_gives_the_instance_the_roles_new_profile()
    {
        var role = await NewRoleAsync();
        var form = new LaunchForm { ImageId = await ImageAsync(), InstanceType = "t3.micro", RoleName = role.Name };
        form.Tags[0].Value = "with-role";

        var result = await Launcher().LaunchAsync(form, None);

        Assert.NotNull(result.Profile);
        Assert.True(result.Profile.Created);
        Assert.Equal(role.Name, result.Profile.Profile.Name);
        var profile = Assert.Single(await cloud.Identity.ListInstanceProfilesForRoleAsync(role.Name, None));
        var instance = Assert.Single(await cloud.Compute.DescribeInstancesAsync(None, result.Instances[0].Id));
        Assert.Equal(profile.Arn, instance.IamInstanceProfileArn);
        Assert.Equal("with-role", instance.Name);
    }

    [Fact]
    public async Task A_launch_configuration_made_with_a_role_carries_its_profile()
    {
        var role = await NewRoleAsync();
        var form = new LaunchConfigurationForm { Name = CloudFixture.Unique("wizard-lc"), ImageId = await ImageAsync(), InstanceType = "t3.micro", RoleName = role.Name };

        var used = await Maker.CreateAsync(form, None);

        var configuration = Assert.Single(await cloud.Scaling.DescribeLaunchConfigurationsAsync(None, form.Name));
        Assert.NotNull(used);
        Assert.Equal(used.Profile.Name, configuration.IamInstanceProfile);
        Assert.Equal(role.Name, Assert.Single(await cloud.Identity.ListInstanceProfilesForRoleAsync(role.Name, None)).Name);
    }

    [Fact]
    public async Task Using_the_same_role_twice_reuses_its_profile()
    {
        var role = await NewRoleAsync();
        var image = await ImageAsync();

        var first = await Launcher().LaunchAsync(new LaunchForm { ImageId = image, InstanceType = "t3.micro", RoleName = role.Name }, None);
        var second = await Maker.CreateAsync(new LaunchConfigurationForm { Name = CloudFixture.Unique("reuse-lc"), ImageId = image, InstanceType = "t3.micro", RoleName = role.Name }, None);

        Assert.True(first.Profile!.Created);
        Assert.False(second!.Created);
        Assert.Equal(first.Profile.Profile.Arn, second.Profile.Arn);
        Assert.Single(await cloud.Identity.ListInstanceProfilesForRoleAsync(role.Name, None));
    }

    [Fact]
    public async Task An_existing_profile_holding_the_role_is_used_whatever_its_name()
    {
        var role = await NewRoleAsync();
        var existing = await cloud.Identity.CreateInstanceProfileAsync(CloudFixture.Unique("hand-made"), null, None);
        await cloud.Identity.AddRoleToInstanceProfileAsync(existing.Name, role.Name, None);

        var used = await Profiles.ForRoleAsync(role.Name, None);

        Assert.False(used.Created);
        Assert.Equal(existing.Name, used.Profile.Name);
    }

    [Fact]
    public async Task An_unknown_role_is_the_clouds_error_and_no_profile_is_made()
    {
        var name = CloudFixture.Unique("no-such-role");

        var error = await Assert.ThrowsAsync<EucaConsole.Domain.Cloud.CloudException>(() => Profiles.ForRoleAsync(name, None));

        Assert.Equal("NoSuchEntity", error.Code);
        Assert.DoesNotContain(await cloud.Identity.ListInstanceProfilesAsync(None), p => p.Name == name);
    }

    [Fact]
    public async Task Deleting_a_role_in_a_profile_with_policies_takes_it_out_first_and_says_so()
    {
        var form = new RoleForm { Name = CloudFixture.Unique("doomed") };
        form.UseTemplate(PolicyTemplates.Find("s3-read"));
        var role = await new RoleCreator(cloud.Identity, new RoleFormValidator()).CreateAsync(form, None);
        var used = await Profiles.ForRoleAsync(role.Name, None);

        var report = await new RoleRemover(cloud.Identity).DeleteAsync(role.Name, None);

        Assert.Equal([used.Profile.Name], report.RemovedFromProfiles);
        Assert.Equal(["s3-read"], report.DeletedInlinePolicies);
        Assert.Contains($"Deleted role {role.Name}.", report.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain(await cloud.Identity.ListRolesAsync(None), r => r.Name == role.Name);
        Assert.Empty(Assert.Single(await cloud.Identity.ListInstanceProfilesAsync(None), p => p.Name == used.Profile.Name).RoleNames);
    }

    [Fact]
    public async Task An_invalid_form_is_refused_before_any_cloud_call()
    {
        var (compute, counter) = CountingCompute.Wrap(cloud.Compute);
        var form = new LaunchForm { ImageId = await ImageAsync(), InstanceType = "t3.micro", Count = 0, UserData = new string('x', 20_000) };

        var invalid = await Assert.ThrowsAsync<ValidationException>(() => Launcher(compute).LaunchAsync(form, None));

        Assert.Equal(2, invalid.Errors.Count());
        Assert.Equal(0, counter.Calls(nameof(IAllCompute.RunInstancesAsync)));
    }
}
