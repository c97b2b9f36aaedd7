using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.LoadBalancing;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Pages.LoadBalancing;

public partial class LoadBalancers
{
    private IReadOnlyList<Instance> _instances = [];
    private IReadOnlyList<ServerCertificate> _certificates = [];

    /// <summary>The balancer whose details are open (<c>/load-balancers/NAME</c>).</summary>
    [Parameter] public string? BalancerName { get; set; }

    [Inject] private ILoadBalancingService Balancers { get; set; } = default!;

    [Inject] private IInstanceService InstancesCloud { get; set; } = default!;

    [Inject] private IIdentityService Identity { get; set; } = default!;

    public override ResourceDefinition<BalancerSummary> Definition => BalancerSearch.Definition;

    public override string? DetailKey => BalancerName;

    public override async Task<IReadOnlyList<BalancerSummary>> LoadAsync(CancellationToken cancellationToken)
    {
        var summaries = BalancerSummary.LoadAsync(Balancers, cancellationToken);
        try
        {
            _instances = [.. (await InstancesCloud.DescribeInstancesAsync(cancellationToken)).Where(i => i.State == "running")];
            _certificates = await Identity.ListServerCertificatesAsync(cancellationToken);
        }
        catch (CloudException)
        {
            // The list stands without them; registering and HTTPS listeners then offer nothing to choose.
        }

        return await summaries;
    }

    /// <summary>While any registered instance is not in service the list looks again (5, 10, 20, then every 30 s) until all are.</summary>
    protected override bool IsChanging(BalancerSummary item) => item.Health.Any(h => h.State != "InService");

    private async Task RegisterAsync(BalancerSummary balancer, string instanceId) =>
        await RunAsync(L["{0} registered with {1}", instanceId, balancer.Balancer.Name], ct => Balancers.RegisterInstancesAsync(balancer.Balancer.Name, [instanceId], ct));

    private async Task DeregisterAsync(BalancerSummary balancer, string instanceId)
    {
        if (await ConfirmAsync(L["Deregister instance"], L["The balancer stops sending it traffic; the instance keeps running."], [instanceId], "Deregister"))
        {
            await RunAsync(L["{0} deregistered", instanceId], ct => Balancers.DeregisterInstancesAsync(balancer.Balancer.Name, [instanceId], ct));
        }
    }

    private async Task AddListenerAsync(BalancerSummary balancer, Listener listener) =>
        await RunAsync(L["Listener {0} added", BalancerSearch.Describe(listener)], ct => Balancers.CreateListenersAsync(balancer.Balancer.Name, [listener], ct));

    private async Task RemoveListenerAsync(BalancerSummary balancer, int port)
    {
        if (await ConfirmAsync(L["Remove listener"], L["Clients on this port are no longer answered."], [$"port {port}"], "Remove"))
        {
            await RunAsync(L["Listener on {0} removed", port], ct => Balancers.DeleteListenersAsync(balancer.Balancer.Name, [port], ct));
        }
    }

    private async Task SaveCheckAsync(BalancerSummary balancer, HealthCheck check) =>
        await RunAsync(L["Health check {0} saved", check.Target], ct => Balancers.ConfigureHealthCheckAsync(balancer.Balancer.Name, check, ct));

    private async Task SaveAttributesAsync(BalancerSummary balancer, BalancerAttributes attributes) =>
        await RunAsync(L["Attributes of {0} saved", balancer.Balancer.Name], ct => Balancers.ModifyAttributesAsync(balancer.Balancer.Name, attributes, ct));

    private async Task DeleteAsync(BalancerSummary balancer)
    {
        if (await ConfirmAsync(L["Delete load balancer"], L["Its DNS name stops answering; the instances behind it keep running. This cannot be undone."],
                [$"{balancer.Balancer.Name} ({balancer.Balancer.DnsName})"], "Delete")
            && await RunAsync(L["{0} deleted", balancer.Balancer.Name], ct => Balancers.DeleteLoadBalancerAsync(balancer.Balancer.Name, ct)))
        {
            CloseDetail();
        }
    }
}
