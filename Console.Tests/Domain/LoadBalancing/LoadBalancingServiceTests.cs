using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.LoadBalancing;

public sealed class LoadBalancingServiceTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static string Name() => CloudFixture.Unique("lb");

    [Fact]
    public async Task A_balancer_is_created_with_its_listener_and_zones_and_deleted()
    {
        var name = Name();

        var dns = await cloud.LoadBalancing.CreateLoadBalancerAsync(name, [new Listener("HTTP", 80, "HTTP", 8888)], ["us-east-1a", "us-east-1b"], None);

        var balancer = Assert.Single(await cloud.LoadBalancing.DescribeLoadBalancersAsync(None, name));
        Assert.Equal(dns, balancer.DnsName);
        Assert.Equal(new Listener("HTTP", 80, "HTTP", 8888), Assert.Single(balancer.Listeners));
        Assert.Equal(["us-east-1a", "us-east-1b"], balancer.AvailabilityZones.Order());
        await cloud.LoadBalancing.DeleteLoadBalancerAsync(name, None);
        Assert.DoesNotContain(await cloud.LoadBalancing.DescribeLoadBalancersAsync(None), b => b.Name == name);
    }

    [Fact]
    public async Task Tcp_ssl_and_https_listeners_are_added_with_a_server_certificate_and_removed()
    {
        var name = Name();
        await cloud.LoadBalancing.CreateLoadBalancerAsync(name, [new Listener("HTTP", 80, "HTTP", 8888)], ["us-east-1a"], None);
        var (certificate, key) = TestKeys.SelfSignedCertificate("console.example.test");
        var uploaded = await cloud.Identity.UploadServerCertificateAsync(CloudFixture.Unique("cert"), certificate, key, null, None);

        await cloud.LoadBalancing.CreateListenersAsync(name, [
            new Listener("TCP", 2222, "TCP", 22),
            new Listener("SSL", 8443, "TCP", 8888, uploaded.Arn),
            new Listener("HTTPS", 443, "HTTP", 8888, uploaded.Arn),
        ], None);
        var listeners = Assert.Single(await cloud.LoadBalancing.DescribeLoadBalancersAsync(None, name)).Listeners;
        Assert.Equal(4, listeners.Count);
        // moto 5.2.1 stores InstanceProtocol = Protocol for added listeners, so only the rest is compared.
        Assert.Contains(listeners, l => (l.Protocol, l.LoadBalancerPort, l.InstancePort, l.SslCertificateId) == ("HTTPS", 443, 8888, uploaded.Arn));
        Assert.Contains(listeners, l => (l.Protocol, l.LoadBalancerPort, l.InstancePort, l.SslCertificateId) == ("SSL", 8443, 8888, uploaded.Arn));
        Assert.Contains(listeners, l => (l.Protocol, l.LoadBalancerPort, l.InstancePort) == ("TCP", 2222, 22));

        // moto 5.2.1 mishandles several ports in one DeleteLoadBalancerListeners call; one port per call works everywhere.
        await cloud.LoadBalancing.DeleteListenersAsync(name, [80], None);
        await cloud.LoadBalancing.DeleteListenersAsync(name, [2222], None);
        listeners = Assert.Single(await cloud.LoadBalancing.DescribeLoadBalancersAsync(None, name)).Listeners;
        Assert.Equal([443, 8443], listeners.Select(l => l.LoadBalancerPort).Order());
    }

    [Fact]
    public async Task The_health_check_is_configured()
    {
        var name = Name();
        await cloud.LoadBalancing.CreateLoadBalancerAsync(name, [new Listener("HTTP", 80, "HTTP", 8888)], ["us-east-1a"], None);
        var check = new HealthCheck("HTTP:8888/health", 15, 5, 3, 2);

        await cloud.LoadBalancing.ConfigureHealthCheckAsync(name, check, None);

        Assert.Equal(check, Assert.Single(await cloud.LoadBalancing.DescribeLoadBalancersAsync(None, name)).HealthCheck);
    }

    [Fact]
    public async Task Instances_are_registered_report_health_and_are_deregistered()
    {
        var name = Name();
        await cloud.LoadBalancing.CreateLoadBalancerAsync(name, [new Listener("HTTP", 80, "HTTP", 8888)], ["us-east-1a"], None);
        var image = (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None))[0].Id;
        var instances = await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(image, "t3.micro", 2, AvailabilityZone: "us-east-1a"), None);
        var ids = instances.Select(i => i.Id).ToList();

        await cloud.LoadBalancing.RegisterInstancesAsync(name, ids, None);
        Assert.Equal(ids.Order(), Assert.Single(await cloud.LoadBalancing.DescribeLoadBalancersAsync(None, name)).InstanceIds.Order());
        var health = await cloud.LoadBalancing.DescribeInstanceHealthAsync(name, None);
        Assert.Equal(ids.Order(), health.Select(h => h.InstanceId).Order());
        Assert.All(health, h => Assert.Equal("InService", h.State));

        await cloud.LoadBalancing.DeregisterInstancesAsync(name, [ids[0]], None);
        Assert.Equal([ids[1]], Assert.Single(await cloud.LoadBalancing.DescribeLoadBalancersAsync(None, name)).InstanceIds);
    }

    [Fact]
    public async Task Describe_load_balancers_follows_every_page()
    {
        var prefix = CloudFixture.Unique("pg");
        for (var i = 0; i < 30; i++)
        {
            await cloud.LoadBalancing.CreateLoadBalancerAsync($"{prefix}-{i:00}", [new Listener("TCP", 22, "TCP", 22)], ["us-east-1a"], None);
        }

        using var small = cloud.Connect(pageSize: 7);
        var all = await new LoadBalancingService(small).DescribeLoadBalancersAsync(None);

        Assert.Equal(30, all.Count(b => b.Name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_balancer_is_the_clouds_not_found_error()
    {
        var error = await Assert.ThrowsAsync<CloudException>(() => cloud.LoadBalancing.DescribeInstanceHealthAsync("no-such-balancer", None));

        Assert.Equal(CloudService.LoadBalancing, error.Service);
        Assert.Equal("LoadBalancerNotFound", error.Code);
        Assert.Equal("DescribeInstanceHealth", error.Operation);
    }
}
