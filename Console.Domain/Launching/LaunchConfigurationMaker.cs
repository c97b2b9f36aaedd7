using EucaConsole.Domain.Scaling;
using FluentValidation;

namespace EucaConsole.Domain.Launching;

/// <summary>Makes the launch configuration the wizard collected: every rule checked again, the role turned into a profile.</summary>
public sealed class LaunchConfigurationMaker(IScalingService scaling, RoleInstanceProfiles profiles, IValidator<LaunchConfigurationForm> validator,
    TimeProvider time)
{
    /// <returns>The profile used for the role, if one was chosen.</returns>
    /// <exception cref="ValidationException">The form breaks a rule; nothing was sent to the cloud.</exception>
    public async Task<RoleProfile?> CreateAsync(LaunchConfigurationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await validator.ValidateAsync(form, options => options.IncludeAllRuleSets().ThrowOnFailures(), cancellationToken).ConfigureAwait(false);

        var profile = form.RoleName.Length == 0 ? null : await profiles.ForRoleAsync(form.RoleName, cancellationToken).ConfigureAwait(false);
        var spec = new LaunchConfigurationSpec(
            form.Name,
            form.ImageId,
            form.InstanceType,
            KeyName: string.IsNullOrWhiteSpace(form.KeyName) ? null : form.KeyName,
            SecurityGroups: form.SecurityGroupIds.Count == 0 ? null : [.. form.SecurityGroupIds],
            UserData: string.IsNullOrWhiteSpace(form.UserData) ? null : form.UserData,
            IamInstanceProfile: profile?.Profile.Name,
            Monitoring: form.Monitoring);
        await ProfileRetry.RunAsync(async () =>
        {
            await scaling.CreateLaunchConfigurationAsync(spec, cancellationToken).ConfigureAwait(false);
            return true;
        }, profile?.Created == true, time, cancellationToken).ConfigureAwait(false);
        return profile;
    }
}
