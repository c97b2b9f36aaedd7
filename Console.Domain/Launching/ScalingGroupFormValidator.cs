using FluentValidation;

namespace EucaConsole.Domain.Launching;

public sealed class ScalingGroupFormValidator : AbstractValidator<ScalingGroupForm>
{
    public ScalingGroupFormValidator()
    {
        RuleFor(f => f.Name)
            .NotEmpty().WithMessage("Name the scaling group.")
            .MaximumLength(255).WithMessage("A scaling group name has at most 255 characters.")
            .Must(name => !name.Any(char.IsControl) && name.Trim() == name)
            .WithMessage("A scaling group name has no control characters or leading/trailing spaces.");
        RuleFor(f => f.LaunchConfigurationName).NotEmpty().WithMessage("Choose a launch configuration.");
        RuleFor(f => f.MinSize).GreaterThanOrEqualTo(0).WithMessage("The minimum is 0 or more.");
        RuleFor(f => f.MaxSize).GreaterThanOrEqualTo(f => f.MinSize).WithMessage("The maximum is at least the minimum.");
        RuleFor(f => f.DesiredCapacity)
            .Must((f, desired) => desired >= f.MinSize && desired <= f.MaxSize)
            .WithMessage("The desired capacity lies between the minimum and the maximum.");
        RuleFor(f => f.AvailabilityZones).NotEmpty().WithMessage("Choose at least one availability zone.");
        RuleFor(f => f.HealthCheckGracePeriod).InclusiveBetween(0, 86_400)
            .WithMessage("The grace period is between 0 and 86,400 seconds.");
    }
}
