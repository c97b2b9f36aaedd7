namespace EucaConsole.Domain.Identity.Access;

/// <summary>
/// What creating a user made. The password (when generated) and the access key's secret are shown once
/// and never stored; <see cref="ToString"/> leaves them out so they cannot reach a log.
/// </summary>
public sealed record UserCreation(IamUser User, IReadOnlyList<string> JoinedGroups, string? GeneratedPassword, CreatedAccessKey? AccessKey,
    string? Problem)
{
    public override string ToString() => $"UserCreation {{ User = {User.Name}, Groups = {string.Join(",", JoinedGroups)}, Problem = {Problem} }}";
}
