using System.Net;
using FluentValidation;

namespace EucaConsole.Domain.Launching;

public sealed class NewSecurityGroupFormValidator : AbstractValidator<NewSecurityGroupForm>
{
    public NewSecurityGroupFormValidator()
    {
        RuleFor(f => f.Name)
            .NotEmpty().WithMessage("Name the security group.")
            .MaximumLength(255).WithMessage("A security group name has at most 255 characters.")
            .Must(name => !name.StartsWith("sg-", StringComparison.OrdinalIgnoreCase)).WithMessage("A security group name cannot start with sg-.")
            .Must(name => name.All(c => c is >= ' ' and <= '~')).WithMessage("A security group name uses printable ASCII characters only.");
        RuleFor(f => f.Description)
            .NotEmpty().WithMessage("Describe the security group.")
            .MaximumLength(255).WithMessage("A description has at most 255 characters.")
            .Must(text => text.All(c => c is >= ' ' and <= '~')).WithMessage("A description uses printable ASCII characters only.");
        RuleFor(f => f.SshFrom)
            .Must(IsIpv4Cidr).When(f => f.SshFrom.Length > 0)
            .WithMessage("Give a network as an IPv4 CIDR, e.g. 203.0.113.0/24 (0.0.0.0/0 is anywhere).");
    }

    public static bool IsIpv4Cidr(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && parts[0].Count(c => c == '.') == 3
            && IPAddress.TryParse(parts[0], out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits) && bits is >= 0 and <= 32;
    }
}
