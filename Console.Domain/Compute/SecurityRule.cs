namespace EucaConsole.Domain.Compute;

/// <summary>One permission of a security group: a protocol and port range open to CIDR ranges and/or other groups.</summary>
/// <param name="Protocol">"tcp", "udp", "icmp" or "-1" (all).</param>
public sealed record SecurityRule(string Protocol, int? FromPort, int? ToPort, IReadOnlyList<string> CidrRanges, IReadOnlyList<string> SourceGroupIds)
{
    public static SecurityRule ForCidr(string protocol, int fromPort, int toPort, string cidr) => new(protocol, fromPort, toPort, [cidr], []);

    public static SecurityRule ForGroup(string protocol, int fromPort, int toPort, string groupId) => new(protocol, fromPort, toPort, [], [groupId]);
}
