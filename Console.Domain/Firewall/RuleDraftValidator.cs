using System.Net;
using System.Net.Sockets;
using EucaConsole.Domain.Launching;
using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Firewall;

public sealed class RuleDraftValidator : AbstractValidator<RuleDraft>
{
    public RuleDraftValidator()
    {
        RuleFor(d => d.Protocol).Must(p => p is "tcp" or "udp" or "icmp" or "-1").WithMessage(_ => Say.T("Choose TCP, UDP, ICMP or all traffic."));
        RuleFor(d => d.Ports).Must((d, ports) => PortRange.Problem(d.Protocol, ports) is null)
            .WithMessage(d => PortRange.Problem(d.Protocol, d.Ports) ?? string.Empty);
        RuleFor(d => d.Source).NotEmpty().WithMessage(_ => Say.T("Give a source: a network (CIDR) or a security group."));
        RuleFor(d => d.Source).Must(IsSource).When(d => d.Source.Length > 0)
            .WithMessage(_ => Say.T("Give an IPv4 CIDR (203.0.113.0/24), an IPv6 CIDR (2001:db8::/32) or a security group id (sg-…)."));
    }

    public static bool IsSource(string text)
    {
        text = (text ?? string.Empty).Trim();
        return NewSecurityGroupFormValidator.IsIpv4Cidr(text) || IsIpv6Cidr(text)
            || System.Text.RegularExpressions.Regex.IsMatch(text, "^sg-[0-9a-f]{8,17}$");
    }

    /// <summary>An IPv6 address (no zone id) and a prefix 0-128 in plain decimal.</summary>
    public static bool IsIpv6Cidr(string text)
    {
        var parts = (text ?? string.Empty).Split('/');
        return parts.Length == 2 && parts[0].Contains(':', StringComparison.Ordinal) && !parts[0].Contains('%', StringComparison.Ordinal)
            && IPAddress.TryParse(parts[0], out var address) && address.AddressFamily == AddressFamily.InterNetworkV6
            && parts[1].Length is >= 1 and <= 3 && parts[1].All(char.IsAsciiDigit) && (parts[1].Length == 1 || parts[1][0] != '0')
            && int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) <= 128;
    }
}
