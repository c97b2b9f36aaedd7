namespace EucaConsole.Domain.Identity.Access;

/// <summary>A user or a group: what holds inline and attached policies. IAM's actions differ only by the word (PutUserPolicy, PutGroupPolicy).</summary>
public sealed record PolicyHolder(PolicyHolderKind Kind, string Name)
{
    public static PolicyHolder User(string name) => new(PolicyHolderKind.User, name);

    public static PolicyHolder Group(string name) => new(PolicyHolderKind.Group, name);

    /// <summary>"User" or "Group", as in the action names.</summary>
    public string Word => Kind == PolicyHolderKind.User ? "User" : "Group";

    /// <summary>"UserName" or "GroupName".</summary>
    public string NameParameter => $"{Word}Name";
}

public enum PolicyHolderKind
{
    User,
    Group,
}
