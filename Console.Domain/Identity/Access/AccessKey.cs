namespace EucaConsole.Domain.Identity.Access;

/// <param name="Status">"Active" or "Inactive".</param>
public sealed record AccessKey(string Id, string Status, DateTimeOffset? Created)
{
    /// <summary>IAM allows a user this many access keys.</summary>
    public const int MaxPerUser = 2;
}

/// <summary>A new access key and its secret, which IAM hands out exactly once.</summary>
public sealed record CreatedAccessKey(AccessKey Key, string Secret)
{
    public override string ToString() => $"CreatedAccessKey {{ Key = {Key} }}";
}
