using EucaConsole.Domain.Compute;
using FluentValidation;

namespace EucaConsole.Domain.Launching;

/// <summary>Launches what the wizard collected: every rule checked again, the role turned into a profile, then RunInstances.</summary>
public sealed class InstanceLauncher(IComputeService compute, RoleInstanceProfiles profiles, IValidator<LaunchForm> validator, TimeProvider time)
{
    /// <exception cref="ValidationException">The form breaks a rule; nothing was sent to the cloud.</exception>
    public async Task<LaunchResult> LaunchAsync(LaunchForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await validator.ValidateAsync(form, options => options.IncludeAllRuleSets().ThrowOnFailures(), cancellationToken).ConfigureAwait(false);

        var profile = form.RoleName.Length == 0 ? null : await profiles.ForRoleAsync(form.RoleName, cancellationToken).ConfigureAwait(false);
        var spec = new RunInstancesSpec(
            form.ImageId,
            form.InstanceType,
            form.Count,
            KeyName: Blank(form.KeyName),
            SecurityGroupIds: form.SecurityGroupIds.Count == 0 ? null : [.. form.SecurityGroupIds],
            AvailabilityZone: Blank(form.AvailabilityZone),
            UserData: Blank(form.UserData),
            Monitoring: form.Monitoring,
            IamInstanceProfileArn: profile?.Profile.Arn,
            Tags: form.FilledTags());
        var instances = await ProfileRetry.RunAsync(() => compute.RunInstancesAsync(spec, cancellationToken), profile?.Created == true, time, cancellationToken)
            .ConfigureAwait(false);
        return new LaunchResult(instances, profile);
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
