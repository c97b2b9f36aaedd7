using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Launching;

public sealed class ScalingGroupFormValidator : AbstractValidator<ScalingGroupForm>
{
    public static IReadOnlyList<string> TerminationPolicies { get; } =
        ["Default", "OldestInstance", "NewestInstance", "OldestLaunchConfiguration", "ClosestToNextInstanceHour"];

    public ScalingGroupFormValidator()
    {
        RuleFor(f => f.Name)
            .NotEmpty().WithMessage(_ => Say.T("Name the scaling group."))
            .MaximumLength(255).WithMessage(_ => Say.T("A scaling group name has at most 255 characters."))
            .Must(name => !name.Any(char.IsControl) && name.Trim() == name)
            .WithMessage(_ => Say.T("A scaling group name has no control characters or leading/trailing spaces."));
        RuleFor(f => f.LaunchConfigurationName).NotEmpty().WithMessage(_ => Say.T("Choose a launch configuration."));
        RuleFor(f => f.MinSize).GreaterThanOrEqualTo(0).WithMessage(_ => Say.T("The minimum is 0 or more."));
        RuleFor(f => f.MaxSize).GreaterThanOrEqualTo(f => f.MinSize).WithMessage(_ => Say.T("The maximum is at least the minimum."));
        RuleFor(f => f.DesiredCapacity)
            .Must((f, desired) => desired >= f.MinSize && desired <= f.MaxSize)
            .WithMessage(_ => Say.T("The desired capacity lies between the minimum and the maximum."));
        RuleFor(f => f.AvailabilityZones).NotEmpty().WithMessage(_ => Say.T("Choose at least one availability zone."));
        RuleFor(f => f.HealthCheckType).Must(t => t is "EC2" or "ELB").WithMessage(_ => Say.T("The health check is EC2 or ELB."));
        RuleFor(f => f.HealthCheckType).Equal("EC2").When(f => f.LoadBalancerNames.Count == 0)
            .WithMessage(_ => Say.T("An ELB health check needs a load balancer; choose one or use the EC2 check."));
        RuleFor(f => f.TerminationPolicies).NotEmpty().WithMessage(_ => Say.T("Choose at least one termination policy."));
        RuleForEach(f => f.TerminationPolicies).Must(p => TerminationPolicies.Contains(p)).WithMessage(_ => Say.T("Choose termination policies from the list."));
        RuleFor(f => f.Tags).Must(t => t.Count <= 50).WithMessage(_ => Say.T("A group has at most 50 tags."));
        RuleFor(f => f.Tags).Must(t => t.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == t.Count).WithMessage(_ => Say.T("Each tag key only once."));
        RuleForEach(f => f.Tags).Must(t => t.Key.Trim().Length is > 0 and <= 128 && !t.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)
                && t.Value.Length <= 256)
            .WithMessage(_ => Say.T("A tag key has 1 to 128 characters (not aws:…) and a value at most 256."));
        RuleFor(f => f.HealthCheckGracePeriod).InclusiveBetween(0, 86_400)
            .WithMessage(_ => Say.T("The grace period is between 0 and 86,400 seconds."));
    }
}
