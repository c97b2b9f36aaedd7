namespace EucaConsole.Domain.Firewall;

/// <summary>A rule being typed in the rules editor; <see cref="RuleDraftValidator"/> checks it before it joins the change.</summary>
public sealed class RuleDraft
{
    public RuleDirection Direction { get; set; } = RuleDirection.Ingress;

    /// <summary>"tcp", "udp", "icmp" or "-1" (all).</summary>
    public string Protocol { get; set; } = "tcp";

    /// <summary>"22", "8000-8080"; for ICMP the type (or empty for all); empty for all traffic.</summary>
    public string Ports { get; set; } = string.Empty;

    /// <summary>A CIDR (203.0.113.0/24, 2001:db8::/32) or a group id.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The rule this draft stands for; call only once the validator passed.</summary>
    public GroupRule ToRule()
    {
        var (from, to) = PortRange.Parse(Protocol, Ports);
        var protocol = Protocol == "icmp" && Source.Contains(':', StringComparison.Ordinal) ? "icmpv6" : Protocol;
        return new GroupRule(Direction, protocol, from, to, Source.Trim());
    }
}
