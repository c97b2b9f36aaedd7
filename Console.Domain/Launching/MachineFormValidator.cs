using System.Text;
using EucaConsole.Domain.Identity;
using FluentValidation;

namespace EucaConsole.Domain.Launching;

/// <summary>The rules both wizards share, by step (rule set).</summary>
public abstract class MachineFormValidator<T> : AbstractValidator<T>
    where T : MachineForm
{
    /// <summary>EC2's limit on user data before base64 encoding.</summary>
    public const int MaxUserDataBytes = 16 * 1024;

    /// <summary>EC2's default limit of security groups per network interface.</summary>
    public const int MaxSecurityGroups = 5;

    protected MachineFormValidator()
    {
        RuleSet(WizardStep.Image, () =>
            RuleFor(f => f.ImageId).NotEmpty().WithMessage("Choose an image."));

        RuleSet(WizardStep.Type, () =>
            RuleFor(f => f.InstanceType).NotEmpty().WithMessage("Choose an instance type."));

        RuleSet(WizardStep.Details, () =>
        {
            RuleFor(f => f.KeyName).MaximumLength(255).WithMessage("A key pair name has at most 255 characters.");
            RuleFor(f => f.SecurityGroupIds)
                .Must(groups => groups.Count <= MaxSecurityGroups)
                .WithMessage($"Choose at most {MaxSecurityGroups} security groups.");
            RuleFor(f => f.RoleName)
                .Matches(IamNames.RolePattern).When(f => f.RoleName.Length > 0)
                .WithMessage(IamNames.RoleRule);
            RuleFor(f => f.UserData)
                .Must(text => Encoding.UTF8.GetByteCount(text) <= MaxUserDataBytes)
                .WithMessage(f => $"User data is {Encoding.UTF8.GetByteCount(f.UserData):N0} bytes; the limit is 16 KB ({MaxUserDataBytes:N0} bytes).");
        });
    }
}
