using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Launching;

/// <summary>The launch-configuration wizard's rules; the maker runs all of them again before calling the cloud.</summary>
public sealed class LaunchConfigurationFormValidator : MachineFormValidator<LaunchConfigurationForm>
{
    public LaunchConfigurationFormValidator() =>
        RuleSet(WizardStep.Name, () =>
            RuleFor(f => f.Name)
                .NotEmpty().WithMessage(_ => Say.T("Name the launch configuration."))
                .MaximumLength(255).WithMessage(_ => Say.T("A launch configuration name has at most 255 characters."))
                .Must(name => !name.Any(char.IsControl) && name.Trim() == name)
                .WithMessage(_ => Say.T("A launch configuration name has no control characters or leading/trailing spaces.")));
}
