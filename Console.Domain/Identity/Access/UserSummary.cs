namespace EucaConsole.Domain.Identity.Access;

/// <summary>A user as the users page lists it: with its groups, whether it has a console password, and how many access keys.</summary>
public sealed record UserSummary(IamUser User, IReadOnlyList<string> Groups, bool HasPassword, int AccessKeys)
{
    /// <summary>The users and, for each, three more calls, at most <paramref name="parallel"/> users at a time.</summary>
    public static async Task<IReadOnlyList<UserSummary>> LoadAsync(IIdentityService identity, IAccessService access, CancellationToken cancellationToken,
        int parallel = 8)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(access);
        var users = await identity.ListUsersAsync(cancellationToken).ConfigureAwait(false);
        var summaries = new UserSummary[users.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, users.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var user = users[i];
                var groups = identity.ListGroupsForUserAsync(user.Name, ct);
                var profile = access.GetLoginProfileAsync(user.Name, ct);
                var keys = access.ListAccessKeysAsync(user.Name, ct);
                summaries[i] = new UserSummary(user, [.. (await groups.ConfigureAwait(false)).Select(g => g.Name)],
                    await profile.ConfigureAwait(false) is not null, (await keys.ConfigureAwait(false)).Count);
            }).ConfigureAwait(false);
        return summaries;
    }
}
