using EucaConsole.Domain.Compute;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Tests.Domain.Compute;

/// <summary>What an instance reads as, whatever the case the cloud's answer uses.</summary>
public sealed class InstanceMappingTests
{
    [Fact]
    public void A_windows_instance_reads_as_windows_like_a_windows_image_so_its_detail_offers_the_password()
    {
        var windows = Ec2Mapping.Instance(new Ec2.Instance { InstanceId = "i-0000000000000000a", Platform = Amazon.EC2.PlatformValues.Windows });
        var linux = Ec2Mapping.Instance(new Ec2.Instance { InstanceId = "i-0000000000000000b" });

        Assert.Equal("windows", windows.Platform);
        Assert.Null(linux.Platform);
    }
}
