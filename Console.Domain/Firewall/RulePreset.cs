using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Firewall;

/// <summary>The common rules, one click each in the editor.</summary>
public sealed record RulePreset(string Label, string Protocol, string Ports)
{
    public static IReadOnlyList<RulePreset> All { get; } =
    [
        new("SSH", "tcp", "22"), new("HTTP", "tcp", "80"), new("HTTPS", "tcp", "443"), new("RDP", "tcp", "3389"),
        new("Ping", "icmp", "8"), new(Say.T("All traffic"), "-1", ""),
    ];
}
