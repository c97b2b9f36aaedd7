using System.Net;
using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Launching;

public sealed class NewSecurityGroupFormValidator : AbstractValidator<NewSecurityGroupForm>
{
    public NewSecurityGroupFormValidator()
    {
        RuleFor(f => f.Name)
            .NotEmpty().WithMessage(_ => Say.T("Name the security group."))
            .MaximumLength(255).WithMessage(_ => Say.T("A security group name has at most 255 characters."))
            .Must(name => !name.StartsWith("sg-", StringComparison.OrdinalIgnoreCase)).WithMessage(_ => Say.T("A security group name cannot start with sg-."))
            .Must(name => name.All(c => c is >= ' ' and <= '~')).WithMessage(_ => Say.T("A security group name uses printable ASCII characters only."));
        RuleFor(f => f.Description)
            .NotEmpty().WithMessage(_ => Say.T("Describe the security group."))
            .MaximumLength(255).WithMessage(_ => Say.T("A description has at most 255 characters."))
            .Must(text => text.All(c => c is >= ' ' and <= '~')).WithMessage(_ => Say.T("A description uses printable ASCII characters only."));
        RuleFor(f => f.SshFrom)
            .Must(IsIpv4Cidr).When(f => f.SshFrom.Length > 0)
            .WithMessage(_ => Say.T("Give a network as an IPv4 CIDR, e.g. 203.0.113.0/24 (0.0.0.0/0 is anywhere)."));
    }

    /// <summary>
    /// Dotted decimal as EC2 reads it: four decimal octets 0-255 and a prefix 0-32, no leading zeros, no
    /// hex or octal forms (010.0.0.0/8 or 0x0A.0.0.0/8 pass .NET's parser but EC2 refuses the rule).
    /// </summary>
    public static bool IsIpv4Cidr(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2 || !IsDecimal(parts[1], 32))
        {
            return false;
        }

        var octets = parts[0].Split('.');
        return octets.Length == 4 && octets.All(octet => IsDecimal(octet, 255));
    }

    private static bool IsDecimal(string text, int max) =>
        text.Length is >= 1 and <= 3 && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0')
        && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) <= max;
}
