using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Firewall;

/// <summary>
/// One rule of a security group with one source (a CIDR or another group): the unit the rules editor
/// adds, removes and reports on. EC2 groups several sources under one permission; <see cref="Split"/>
/// takes them apart and <see cref="ToSecurityRule"/> makes the permission one call sends.
/// </summary>
/// <param name="Protocol">"tcp", "udp", "icmp", "icmpv6" or "-1" (all).</param>
/// <param name="Source">A CIDR (IPv4 or IPv6) or a group id (sg-…).</param>
public sealed record GroupRule(RuleDirection Direction, string Protocol, int? FromPort, int? ToPort, string Source)
{
    public bool SourceIsGroup => Source.StartsWith("sg-", StringComparison.Ordinal);

    public static IEnumerable<GroupRule> Split(RuleDirection direction, SecurityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var (from, to) = rule.Protocol == "-1" ? ((int?)null, (int?)null) : (rule.FromPort, rule.ToPort);
        return rule.CidrRanges.Concat(rule.SourceGroupIds).Select(source => new GroupRule(direction, rule.Protocol, from, to, source));
    }

    public static IReadOnlyList<GroupRule> Of(SecurityGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return [.. group.Ingress.SelectMany(r => Split(RuleDirection.Ingress, r)), .. group.Egress.SelectMany(r => Split(RuleDirection.Egress, r))];
    }

    public SecurityRule ToSecurityRule() => SourceIsGroup
        ? new SecurityRule(Protocol, FromPort ?? -1, ToPort ?? -1, [], [Source])
        : new SecurityRule(Protocol, FromPort ?? -1, ToPort ?? -1, [Source], []);

    /// <summary>As people read it: "TCP 22 from 10.0.0.0/8", "All traffic to sg-…".</summary>
    public string Describe(Func<string, string>? groupName = null)
    {
        var what = Protocol switch
        {
            "-1" => Say.T("All traffic"),
            "icmp" or "icmpv6" when FromPort is null or -1 => Protocol.ToUpperInvariant(),
            "icmp" or "icmpv6" => $"{Protocol.ToUpperInvariant()} type {FromPort}" + (ToPort is null or -1 ? string.Empty : $" code {ToPort}"),
            _ => $"{Protocol.ToUpperInvariant()} {Ports}",
        };
        var source = SourceIsGroup && groupName is not null ? groupName(Source) : Source;
        return Direction == RuleDirection.Ingress ? Say.T("{0} from {1}", what, source) : Say.T("{0} to {1}", what, source);
    }

    public string Ports => FromPort is null or -1 ? "all" : FromPort == ToPort ? $"{FromPort}" : $"{FromPort}-{ToPort}";
}
