using System.Globalization;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Firewall;

/// <summary>The ports of a rule as typed: one port, a range "from-to", an ICMP type, or nothing for all.</summary>
public static class PortRange
{
    public static (int? From, int? To) Parse(string protocol, string text)
    {
        text = (text ?? string.Empty).Trim();
        if (protocol == "-1")
        {
            return (null, null);
        }

        if (protocol == "icmp")
        {
            return text.Length == 0 ? (-1, -1) : (int.Parse(text, CultureInfo.InvariantCulture), -1);
        }

        var parts = text.Split('-');
        var from = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return (from, parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : from);
    }

    /// <summary>Null when the text is a valid port (range) for the protocol; else what is wrong.</summary>
    public static string? Problem(string protocol, string text)
    {
        text = (text ?? string.Empty).Trim();
        switch (protocol)
        {
            case "-1":
                return text.Length == 0 ? null : Say.T("All traffic has no ports; leave the ports empty.");
            case "icmp":
                return text.Length == 0 || (IsNumber(text, out var type) && type <= 255) ? null : Say.T("Give an ICMP type 0-255, or leave empty for all.");
            case "tcp" or "udp":
                var parts = text.Split('-');
                if (parts.Length is < 1 or > 2 || !parts.All(p => IsNumber(p, out var port) && port <= 65535))
                {
                    return Say.T("Give a port 0-65535 or a range such as 8000-8080.");
                }

                return parts.Length == 2 && int.Parse(parts[0], CultureInfo.InvariantCulture) > int.Parse(parts[1], CultureInfo.InvariantCulture)
                    ? Say.T("A range goes from the lower port to the higher.")
                    : null;
            default:
                return Say.T("Choose TCP, UDP, ICMP or all traffic.");
        }
    }

    private static bool IsNumber(string text, out int value)
    {
        value = 0;
        return text.Length is >= 1 and <= 5 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
