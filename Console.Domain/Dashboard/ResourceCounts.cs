using EucaConsole.Domain.Compute;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Domain.Scaling;

namespace EucaConsole.Domain.Dashboard;

/// <summary>
/// The dashboard's counts. Zone-bound resources (instances, volumes, load balancers, scaling groups)
/// can be counted for one availability zone; a null zone counts everything.
/// </summary>
public static class ResourceCounts
{
    public static (int Running, int Stopped) Instances(IEnumerable<Instance> instances, string? zone)
    {
        ArgumentNullException.ThrowIfNull(instances);
        var inZone = instances.Where(i => zone is null || i.AvailabilityZone == zone).ToList();
        return (inZone.Count(i => i.State == "running"), inZone.Count(i => i.State == "stopped"));
    }

    public static int Volumes(IEnumerable<Volume> volumes, string? zone) =>
        volumes.Count(v => zone is null || v.AvailabilityZone == zone);

    public static int LoadBalancers(IEnumerable<LoadBalancer> balancers, string? zone) =>
        balancers.Count(b => zone is null || b.AvailabilityZones.Contains(zone));

    public static int ScalingGroups(IEnumerable<ScalingGroup> groups, string? zone) =>
        groups.Count(g => zone is null || g.AvailabilityZones.Contains(zone));
}
