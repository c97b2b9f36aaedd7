using EucaConsole.Domain.Compute;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Tests.Domain.Compute;

/// <summary>
/// Every circuit on /instances holds its own parsed list (instances are not cached), so a thousand
/// instances should not carry a thousand copies of the same zone, type, state, image id and tag key.
/// </summary>
public sealed class InstanceListFootprintTests
{
    private static Ec2.Instance Reply(int n) => new()
    {
        InstanceId = $"i-{n:x17}",
        State = new Ec2.InstanceState { Name = Amazon.EC2.InstanceStateName.Running },
        InstanceType = Amazon.EC2.InstanceType.T3Micro,
        ImageId = new string("ami-12c6146b".ToCharArray()),
        Placement = new Ec2.Placement { AvailabilityZone = new string("us-east-1a".ToCharArray()) },
        Tags = [new Ec2.Tag { Key = new string("Name".ToCharArray()), Value = new string("web".ToCharArray()) }],
        SecurityGroups = [new Ec2.GroupIdentifier { GroupId = new string("sg-1".ToCharArray()), GroupName = new string("web".ToCharArray()) }],
    };

    [Fact]
    public void Instances_parsed_from_replies_share_their_repeated_values_and_keep_their_own()
    {
        var first = Ec2Mapping.Instance(Reply(1));
        var second = Ec2Mapping.Instance(Reply(2));

        Assert.Same(first.ImageId, second.ImageId);
        Assert.Same(first.AvailabilityZone, second.AvailabilityZone);
        Assert.Same(first.Name, second.Name);
        Assert.Same(first.Tags[0].Key, second.Tags[0].Key);
        Assert.Same(first.SecurityGroups[0].Id, second.SecurityGroups[0].Id);
        Assert.Equal("ami-12c6146b", second.ImageId);
        Assert.Equal("web", second.Name);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Empty(first.Volumes!);
    }
}
