using EucaConsole.Domain.Identity;

namespace EucaConsole.Domain.Launching;

/// <summary>
/// Turns a role into the instance profile EC2 and Auto Scaling launch with: an existing profile that
/// holds the role is used; otherwise one named after the role is made and given the role.
/// </summary>
public sealed class RoleInstanceProfiles(IIdentityService identity)
{
    public async Task<RoleProfile> ForRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        var holding = await identity.ListInstanceProfilesForRoleAsync(roleName, cancellationToken).ConfigureAwait(false);
        if (holding.Count > 0)
        {
            return new RoleProfile(holding.OrderBy(p => p.Name == roleName ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).First(), Created: false);
        }

        // Fails with the cloud's "no such entity" before anything is made for a role that does not exist.
        await identity.GetRoleAsync(roleName, cancellationToken).ConfigureAwait(false);
        var profile = await EmptyProfileNamedAfterAsync(roleName, cancellationToken).ConfigureAwait(false);
        await identity.AddRoleToInstanceProfileAsync(profile.Name, roleName, cancellationToken).ConfigureAwait(false);
        return new RoleProfile(profile with { RoleNames = [roleName] }, Created: true);
    }

    /// <summary>A profile of the role's name may already exist (holding nothing, or another role); reuse the empty one, else pick a free name.</summary>
    private async Task<InstanceProfile> EmptyProfileNamedAfterAsync(string roleName, CancellationToken cancellationToken)
    {
        var existing = (await identity.ListInstanceProfilesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        if (existing.TryGetValue(roleName, out var same) && same.RoleNames.Count == 0)
        {
            return same;
        }

        var name = roleName;
        for (var n = 2; existing.ContainsKey(name); n++)
        {
            name = $"{roleName}-{n}";
        }

        return await identity.CreateInstanceProfileAsync(name, null, cancellationToken).ConfigureAwait(false);
    }
}
