using System.Xml.Linq;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.LoadBalancing;

/// <summary>Parameter and reply mapping of the classic ELB 2012-06-01 operations.</summary>
internal static class LoadBalancingMapping
{
    public static QueryParameters AddListeners(this QueryParameters parameters, IReadOnlyList<Listener> listeners) =>
        parameters.AddMembers("Listeners", listeners, (p, prefix, l) => p
            .Add($"{prefix}.Protocol", l.Protocol)
            .Add($"{prefix}.LoadBalancerPort", l.LoadBalancerPort)
            .Add($"{prefix}.InstanceProtocol", l.InstanceProtocol)
            .Add($"{prefix}.InstancePort", l.InstancePort)
            .Add($"{prefix}.SSLCertificateId", l.SslCertificateId));

    public static QueryParameters AddInstances(this QueryParameters parameters, IReadOnlyList<string> instanceIds) =>
        parameters.AddMembers("Instances", instanceIds, (p, prefix, id) => p.Add($"{prefix}.InstanceId", id));

    public static IEnumerable<LoadBalancer> LoadBalancers(XElement result) =>
        result.Members("LoadBalancerDescriptions").Select(b => new LoadBalancer(
            b.Required("LoadBalancerName"),
            b.Text("DNSName"),
            b.Text("Scheme"),
            b.Strings("AvailabilityZones"),
            [.. b.Members("ListenerDescriptions").Select(d => d.Child("Listener") ?? throw new FormatException("listener description without Listener"))
                .Select(l => new Listener(l.Required("Protocol"), l.Number("LoadBalancerPort") ?? 0, l.Text("InstanceProtocol") ?? l.Required("Protocol"),
                    l.Number("InstancePort") ?? 0, l.Text("SSLCertificateId")))],
            b.Child("HealthCheck") is { } h && h.Text("Target") is { } target
                ? new HealthCheck(target, h.Number("Interval") ?? 0, h.Number("Timeout") ?? 0, h.Number("UnhealthyThreshold") ?? 0, h.Number("HealthyThreshold") ?? 0)
                : null,
            [.. b.Members("Instances").Select(i => i.Required("InstanceId"))],
            b.Strings("SecurityGroups"),
            b.Child("SourceSecurityGroup") is { } source && source.Text("GroupName") is { } group ? $"{source.Text("OwnerAlias")}/{group}" : null,
            b.Text("VPCId"),
            b.Date("CreatedTime")));

    public static IEnumerable<InstanceHealth> InstanceStates(XElement result) =>
        result.Members("InstanceStates").Select(s => new InstanceHealth(s.Required("InstanceId"), s.Text("State") ?? "Unknown",
            s.Text("ReasonCode") is { Length: > 0 } code && code != "N/A" ? code : null,
            s.Text("Description") is { Length: > 0 } text && text != "N/A" ? text : null));
}
