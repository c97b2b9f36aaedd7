using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Dashboard;
using EucaConsole.Domain.LoadBalancing;

namespace EucaConsole.Tests.Domain.Dashboard;

public sealed class ResourceCountsTests
{
    private static Instance Instance(string zone, string state) =>
        new("i-" + Guid.NewGuid().ToString("N")[..8], null, state, "t3.micro", "ami-1", null, zone, null, null, null, "ebs", null, "x86_64", [], null, null, false, []);

    private static readonly Instance[] Fleet =
    [
        Instance("us-east-1a", "running"), Instance("us-east-1a", "running"), Instance("us-east-1a", "stopped"),
        Instance("us-east-1b", "running"), Instance("us-east-1b", "terminated"),
    ];

    [Fact]
    public void All_zones_count_every_running_and_stopped_instance() => Assert.Equal((3, 1), ResourceCounts.Instances(Fleet, null));

    [Fact]
    public void A_zone_counts_only_its_instances() => Assert.Equal((1, 0), ResourceCounts.Instances(Fleet, "us-east-1b"));

    [Fact]
    public void A_balancer_counts_in_every_zone_it_spans()
    {
        LoadBalancer[] balancers =
        [
            new("a", null, null, ["us-east-1a", "us-east-1b"], [], null, [], [], null, null, null),
            new("b", null, null, ["us-east-1b"], [], null, [], [], null, null, null),
        ];

        Assert.Equal(1, ResourceCounts.LoadBalancers(balancers, "us-east-1a"));
        Assert.Equal(2, ResourceCounts.LoadBalancers(balancers, "us-east-1b"));
        Assert.Equal(2, ResourceCounts.LoadBalancers(balancers, null));
    }
}
