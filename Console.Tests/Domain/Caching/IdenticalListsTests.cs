using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Tests.Domain.Caching;

/// <summary>An answer the same as the last one for the same principal is the same list; any difference, or anyone else, gets its own.</summary>
public sealed class IdenticalListsTests
{
    private static readonly CacheScope Carol = new("http://ec2.test/|us-east-1|arn:aws:iam::111122223333:user/carol");
    private static readonly CacheScope Dave = new("http://ec2.test/|us-east-1|arn:aws:iam::111122223333:user/dave");

    private static IReadOnlyList<Instance> Answer(string state = "running", string tag = "web") =>
    [
        .. Enumerable.Range(0, 3).Select(i => new Instance(
            $"i-{i:x17}", "web", i == 2 ? state : "running", "t3.micro", "ami-1", null, "us-east-1a", "10.0.0.1", null, null, "ebs", null, "x86_64",
            [new GroupRef("sg-1", "web")], null, null, false, [new Tag("Name", tag)], "/dev/sda1", [new InstanceVolume("/dev/sda1", "vol-1", "attached", true)])),
    ];

    [Fact]
    public void The_same_answer_for_the_same_principal_is_the_same_list_and_a_changed_one_is_not()
    {
        var lists = new IdenticalLists();
        var first = lists.Share(Carol, "instances", Answer(), InstanceEquality.Instance);

        Assert.Same(first, lists.Share(Carol, "instances", Answer(), InstanceEquality.Instance));

        var stopping = lists.Share(Carol, "instances", Answer(state: "stopping"), InstanceEquality.Instance);
        Assert.NotSame(first, stopping);
        Assert.Equal("stopping", stopping[2].State);

        var retagged = lists.Share(Carol, "instances", Answer(state: "stopping", tag: "db"), InstanceEquality.Instance);
        Assert.NotSame(stopping, retagged);
        Assert.Equal("db", retagged[0].Tags[0].Value);
    }

    [Fact]
    public void Another_principal_never_gets_anothers_list()
    {
        var lists = new IdenticalLists();
        var carols = lists.Share(Carol, "instances", Answer(), InstanceEquality.Instance);

        Assert.NotSame(carols, lists.Share(Dave, "instances", Answer(), InstanceEquality.Instance));
        Assert.NotSame(carols, lists.Share(Carol, "volumes", Answer(), InstanceEquality.Instance));
    }
}
