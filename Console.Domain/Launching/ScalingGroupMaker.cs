using EucaConsole.Domain.Scaling;
using FluentValidation;

namespace EucaConsole.Domain.Launching;

/// <summary>Makes a scaling group from the form offered after a launch configuration, the rules checked first.</summary>
public sealed class ScalingGroupMaker(IScalingService scaling, IValidator<ScalingGroupForm> validator)
{
    /// <exception cref="ValidationException">The form breaks a rule; nothing was sent to the cloud.</exception>
    public async Task CreateAsync(ScalingGroupForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await validator.ValidateAsync(form, options => options.ThrowOnFailures(), cancellationToken).ConfigureAwait(false);
        await scaling.CreateScalingGroupAsync(new ScalingGroupSpec(
            form.Name,
            form.LaunchConfigurationName,
            form.MinSize,
            form.DesiredCapacity,
            form.MaxSize,
            [.. form.AvailabilityZones],
            form.LoadBalancerNames.Count == 0 ? null : [.. form.LoadBalancerNames],
            form.HealthCheckType,
            form.HealthCheckGracePeriod,
            [.. form.Tags.Select(t => new GroupTag(t.Key.Trim(), t.Value, t.PropagateAtLaunch))],
            [.. form.TerminationPolicies]), cancellationToken).ConfigureAwait(false);
    }
}
