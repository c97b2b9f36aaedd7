using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Compute;

public sealed class ComputeNetworkTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Security_group_rules_for_cidrs_and_groups_are_authorized_and_revoked_both_ways()
    {
        var web = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("web"), "web tier", null, None);
        var app = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("app"), "app tier", null, None);
        var https = SecurityRule.ForCidr("tcp", 443, 443, "0.0.0.0/0");
        var fromWeb = SecurityRule.ForGroup("tcp", 8888, 8888, web);
        var toDatabase = SecurityRule.ForCidr("tcp", 5432, 5432, "10.1.0.0/16");

        await cloud.Compute.AuthorizeIngressAsync(web, https, None);
        await cloud.Compute.AuthorizeIngressAsync(app, fromWeb, None);
        await cloud.Compute.AuthorizeEgressAsync(app, toDatabase, None);
        var groups = await cloud.Compute.DescribeSecurityGroupsAsync(None);
        Assert.Contains(groups.Single(g => g.Id == web).Ingress, r => r.FromPort == 443 && r.CidrRanges.Contains("0.0.0.0/0"));
        Assert.Contains(groups.Single(g => g.Id == app).Ingress, r => r.FromPort == 8888 && r.SourceGroupIds.Contains(web));
        Assert.Contains(groups.Single(g => g.Id == app).Egress, r => r.FromPort == 5432 && r.CidrRanges.Contains("10.1.0.0/16"));

        await cloud.Compute.RevokeIngressAsync(web, https, None);
        await cloud.Compute.RevokeIngressAsync(app, fromWeb, None);
        await cloud.Compute.RevokeEgressAsync(app, toDatabase, None);
        groups = await cloud.Compute.DescribeSecurityGroupsAsync(None);
        Assert.Empty(groups.Single(g => g.Id == web).Ingress);
        Assert.DoesNotContain(groups.Single(g => g.Id == app).Egress, r => r.FromPort == 5432);
    }

    [Fact]
    public async Task A_security_group_is_deleted()
    {
        var group = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("temp"), "short-lived", null, None);

        await cloud.Compute.DeleteSecurityGroupAsync(group, None);

        Assert.DoesNotContain(await cloud.Compute.DescribeSecurityGroupsAsync(None), g => g.Id == group);
    }

    [Fact]
    public async Task A_duplicate_security_group_name_is_the_clouds_duplicate_error()
    {
        var name = CloudFixture.Unique("dup");
        await cloud.Compute.CreateSecurityGroupAsync(name, "first", null, None);

        var error = await Assert.ThrowsAsync<CloudException>(() => cloud.Compute.CreateSecurityGroupAsync(name, "second", null, None));

        Assert.Equal("InvalidGroup.Duplicate", error.Code);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_key_pair_hands_out_its_private_key_once_and_is_deleted()
    {
        var name = CloudFixture.Unique("created");

        var created = await cloud.Compute.CreateKeyPairAsync(name, None);
        Assert.Contains("PRIVATE KEY", created.PrivateKey, StringComparison.Ordinal);
        Assert.DoesNotContain(created.PrivateKey, created.ToString(), StringComparison.Ordinal);
        Assert.Contains(await cloud.Compute.DescribeKeyPairsAsync(None), k => k.Name == name && k.Fingerprint is not null);

        await cloud.Compute.DeleteKeyPairAsync(name, None);
        Assert.DoesNotContain(await cloud.Compute.DescribeKeyPairsAsync(None), k => k.Name == name);
    }

    [Fact]
    public async Task An_openssh_public_key_is_imported()
    {
        var name = CloudFixture.Unique("imported");

        var imported = await cloud.Compute.ImportKeyPairAsync(name, TestKeys.OpenSshPublicKey(), None);

        Assert.Equal(name, imported.Name);
        Assert.Contains(await cloud.Compute.DescribeKeyPairsAsync(None), k => k.Name == name);
    }

    [Fact]
    public async Task An_address_is_allocated_associated_disassociated_and_released()
    {
        var image = (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None))[0].Id;
        var instance = (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(image, "t3.micro", 1), None))[0];

        var address = await cloud.Compute.AllocateAddressAsync(None);
        var associationId = await cloud.Compute.AssociateAddressAsync(address, instance.Id, None);
        var associated = Assert.Single(await cloud.Compute.DescribeAddressesAsync(None), a => a.PublicIp == address.PublicIp);
        Assert.Equal(instance.Id, associated.InstanceId);
        Assert.Equal(associationId, associated.AssociationId);

        await cloud.Compute.DisassociateAddressAsync(associated, None);
        Assert.Null(Assert.Single(await cloud.Compute.DescribeAddressesAsync(None), a => a.PublicIp == address.PublicIp).InstanceId);
        await cloud.Compute.ReleaseAddressAsync(address, None);

        Assert.DoesNotContain(await cloud.Compute.DescribeAddressesAsync(None), a => a.PublicIp == address.PublicIp);
    }

    [Fact]
    public async Task A_vpc_address_is_associated_with_an_instances_network_interface()
    {
        var image = (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None))[0].Id;
        var instance = (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(image, "t3.micro", 1), None))[0];
        var nic = Assert.Single(await cloud.Compute.DescribeNetworkInterfacesAsync(None), n => n.InstanceId == instance.Id);
        var address = await cloud.Compute.AllocateAddressAsync(None);

        var associationId = await cloud.Compute.AssociateAddressWithInterfaceAsync(address, nic.Id, None);

        var associated = Assert.Single(await cloud.Compute.DescribeAddressesAsync(None), a => a.PublicIp == address.PublicIp);
        Assert.Equal(associationId, associated.AssociationId);
        Assert.Equal(nic.PrivateIp, associated.PrivateIp);
        await cloud.Compute.DisassociateAddressAsync(associated, None);
        await cloud.Compute.ReleaseAddressAsync(address, None);
    }
}
