namespace EucaConsole.Domain.Identity.Roles;

/// <summary>
/// Deletes a role the way IAM requires: out of every instance profile, inline policies deleted and
/// managed policies detached first, then the role.
/// </summary>
public sealed class RoleRemover(IIdentityService identity)
{
    public async Task<RoleDeletionReport> DeleteAsync(string roleName, CancellationToken cancellationToken)
    {
        var profiles = await identity.ListInstanceProfilesForRoleAsync(roleName, cancellationToken).ConfigureAwait(false);
        foreach (var profile in profiles)
        {
            await identity.RemoveRoleFromInstanceProfileAsync(profile.Name, roleName, cancellationToken).ConfigureAwait(false);
        }

        var inline = await identity.ListRolePoliciesAsync(roleName, cancellationToken).ConfigureAwait(false);
        foreach (var policy in inline)
        {
            await identity.DeleteRolePolicyAsync(roleName, policy, cancellationToken).ConfigureAwait(false);
        }

        var attached = await identity.ListAttachedRolePoliciesAsync(roleName, cancellationToken).ConfigureAwait(false);
        foreach (var policy in attached)
        {
            await identity.DetachRolePolicyAsync(roleName, policy.Arn, cancellationToken).ConfigureAwait(false);
        }

        await identity.DeleteRoleAsync(roleName, cancellationToken).ConfigureAwait(false);
        return new RoleDeletionReport(roleName, [.. profiles.Select(p => p.Name)], [.. inline], [.. attached.Select(p => p.Name)]);
    }
}
