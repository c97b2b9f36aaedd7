using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Compute;

/// <summary>VPCs against moto: made from a range and named, listed, found by id alone, deleted; the form checked first.</summary>
public sealed class VpcTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private VpcService Vpcs() => new(new Ec2Calls(cloud.Connect(pageSize: null)));

    [Fact]
    public async Task A_vpc_is_made_named_listed_found_by_id_and_deleted()
    {
        var vpcs = Vpcs();
        var name = CloudFixture.Unique("net");

        var made = await vpcs.CreateVpcAsync("10.42.0.0/16", name, None);
        await vpcs.CreateVpcAsync("10.43.0.0/24", null, None);

        var listed = Assert.Single(await vpcs.DescribeVpcsAsync(None), v => v.Id == made.Id);
        Assert.Equal(("10.42.0.0/16", name, false), (listed.CidrBlock, listed.Name, listed.IsDefault));
        Assert.Contains(await vpcs.DescribeVpcsAsync(None), v => v.IsDefault);
        var found = await vpcs.FindVpcAsync(made.Id, None);
        Assert.Equal((made.Id, name), (found?.Id, found?.Name));
        Assert.Null(await vpcs.FindVpcAsync("vpc-0123456789abcdef0", None));

        await vpcs.DeleteVpcAsync(made.Id, None);
        Assert.DoesNotContain(await vpcs.DescribeVpcsAsync(None), v => v.Id == made.Id);
    }

    [Fact]
    public async Task Deleting_an_unknown_vpc_is_the_clouds_error_with_its_code()
    {
        var error = await Assert.ThrowsAsync<EucaConsole.Domain.Cloud.CloudException>(() => Vpcs().DeleteVpcAsync("vpc-0123456789abcdef0", None));
        Assert.False(string.IsNullOrEmpty(error.Code));
    }

    [Theory]
    [InlineData("10.0.0.0/16", "", true)]
    [InlineData("10.0.0.0/28", "web", true)]
    [InlineData("10.0.0.0/15", "", false)]
    [InlineData("10.0.0.0/29", "", false)]
    [InlineData("010.0.0.0/16", "", false)]
    [InlineData("10.0.0.0", "", false)]
    [InlineData("10.0.0.0/16", null, true)]
    public void The_form_takes_an_ipv4_range_from_16_to_28(string cidr, string? name, bool valid) =>
        Assert.Equal(valid, new NewVpcFormValidator().Validate(new NewVpcForm { CidrBlock = cidr, Name = name ?? string.Empty }).IsValid);

    [Fact]
    public void A_name_over_256_characters_is_refused_with_the_limit_named_not_cut()
    {
        var result = new NewVpcFormValidator().Validate(new NewVpcForm { Name = new string('n', 257) });

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("256", StringComparison.Ordinal));
        Assert.True(new NewVpcFormValidator().Validate(new NewVpcForm { Name = new string('n', 256) }).IsValid);
    }
}
