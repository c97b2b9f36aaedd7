using EucaConsole.Domain.Launching;
using EucaConsole.Domain.Text;
using FluentValidation;

namespace EucaConsole.Domain.Compute;

/// <summary>What EC2 takes for a VPC: an IPv4 range from /16 to /28, and a Name tag of at most 256 characters.</summary>
public sealed class NewVpcFormValidator : AbstractValidator<NewVpcForm>
{
    public const int MaxNameLength = 256;

    public NewVpcFormValidator()
    {
        RuleFor(f => f.CidrBlock)
            .Must(NewSecurityGroupFormValidator.IsIpv4Cidr).WithMessage(_ => Say.T("Give the range as an IPv4 CIDR block, such as 10.0.0.0/16."))
            .Must(cidr => PrefixOf(cidr) is >= 16 and <= 28)
            .When(f => NewSecurityGroupFormValidator.IsIpv4Cidr(f.CidrBlock), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Say.T("A VPC's range is from /16 (65,536 addresses) to /28 (16 addresses)."));
        RuleFor(f => f.Name)
            .MaximumLength(MaxNameLength).WithMessage(_ => Say.T("A name tag has at most 256 characters."));
    }

    private static int PrefixOf(string cidr) => int.Parse(cidr[(cidr.IndexOf('/', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
