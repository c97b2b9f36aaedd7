using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using FluentValidation;

namespace EucaConsole.Domain.Launching;

/// <summary>Launches what the wizard collected: every rule checked again, the role turned into a profile, then RunInstances.</summary>
public sealed class InstanceLauncher(IInstanceService compute, IComputeBasics basics, RoleInstanceProfiles profiles, IValidator<LaunchForm> validator, TimeProvider time,
    ICloudSessionSource sessions)
{
    /// <exception cref="ValidationException">The form breaks a rule; nothing was sent to the cloud.</exception>
    public async Task<LaunchResult> LaunchAsync(LaunchForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await validator.ValidateAsync(form, options => options.IncludeAllRuleSets().ThrowOnFailures(), cancellationToken).ConfigureAwait(false);

        var dialect = (await sessions.GetSessionAsync(cancellationToken).ConfigureAwait(false)).Profile.Dialect;
        var profile = form.RoleName.Length == 0 ? null : await profiles.ForRoleAsync(form.RoleName, cancellationToken).ConfigureAwait(false);
        var tags = form.FilledTags();
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
            Tags: dialect.TagsOnCreate ? tags : null);
        var instances = await ProfileRetry.RunAsync(() => compute.RunInstancesAsync(spec, cancellationToken), profile?.Created == true, time, cancellationToken)
            .ConfigureAwait(false);
        return new LaunchResult(instances, profile, dialect.TagsOnCreate ? null : await TagAfterCreateAsync(instances, tags).ConfigureAwait(false));
    }

    /// <summary>
    /// Where the cloud takes no tags on the create call: tag right after it. The instances exist either way,
    /// so a failure here is reported with them rather than thrown.
    /// </summary>
    private async Task<CloudException?> TagAfterCreateAsync(IReadOnlyList<Instance> instances, IReadOnlyList<Tag>? tags)
    {
        if (tags is not { Count: > 0 } || instances.Count == 0)
        {
            return null;
        }

        try
        {
            // Not the wizard's token: the launch has happened, its tags should follow even if the page is left.
            await basics.CreateTagsAsync([.. instances.Select(i => i.Id)], tags, CancellationToken.None).ConfigureAwait(false);
            return null;
        }
        catch (CloudException error)
        {
            return error;
        }
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
