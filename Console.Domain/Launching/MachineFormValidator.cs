using System.Text;
using EucaConsole.Domain.Identity;
using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Launching;

/// <summary>The rules both wizards share, by step (rule set).</summary>
public abstract class MachineFormValidator<T> : AbstractValidator<T>
    where T : MachineForm
{
    /// <summary>EC2's limit on user data before base64 encoding.</summary>
    public const int MaxUserDataBytes = 16 * 1024;

    /// <summary>EC2's default limit of security groups per network interface.</summary>
    public const int MaxSecurityGroups = 5;

    /// <summary>EC2 and Eucalyptus image ids (machine images).</summary>
    public const string ImageIdPattern = "^[ae]mi-[0-9a-f]{8,17}$";

    /// <summary>The API's form of an instance type name: family, a dot, size (m1.small, c5d.18xlarge, u-6tb1.metal).</summary>
    public const string InstanceTypePattern = "^[a-z][a-z0-9-]{0,15}\\.[a-z0-9]{1,16}$";

    protected MachineFormValidator()
    {
        RuleSet(WizardStep.Image, () =>
            RuleFor(f => f.ImageId)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Say.T("Choose an image."))
                .Matches(ImageIdPattern).WithMessage(f => Say.T("{0} is not an image id (ami-… or emi-…).", f.ImageId)));

        RuleSet(WizardStep.Type, () =>
            RuleFor(f => f.InstanceType)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Say.T("Choose an instance type."))
                .Matches(InstanceTypePattern).WithMessage(_ => Say.T("An instance type is a name such as m1.small or t3.micro."))
                .Must((form, type) => form.OfferedInstanceTypes is not { Count: > 0 } offered || offered.Contains(type))
                .WithMessage(f => Say.T("{0} is not an instance type this cloud offers.", f.InstanceType)));

        RuleSet(WizardStep.Details, () =>
        {
            RuleFor(f => f.KeyName).MaximumLength(255).WithMessage(_ => Say.T("A key pair name has at most 255 characters."));
            RuleFor(f => f.SecurityGroupIds)
                .Must(groups => groups.Count <= MaxSecurityGroups)
                .WithMessage(_ => Say.T("Choose at most {0} security groups.", MaxSecurityGroups));
            RuleFor(f => f.RoleName)
                .Matches(IamNames.RolePattern).When(f => f.RoleName.Length > 0)
                .WithMessage(_ => IamNames.RoleRule);
            RuleFor(f => f.UserData)
                .Must(text => Encoding.UTF8.GetByteCount(text) <= MaxUserDataBytes)
                .WithMessage(f => Say.T("User data is {0:N0} bytes; the limit is 16 KB ({1:N0} bytes).", Encoding.UTF8.GetByteCount(f.UserData), MaxUserDataBytes));
        });
    }
}
