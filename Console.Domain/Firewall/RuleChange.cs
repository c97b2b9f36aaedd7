namespace EucaConsole.Domain.Firewall;

/// <summary>The rules editor's pending change: rules to add and rules to remove, reviewed as one.</summary>
public sealed record RuleChange(IReadOnlyList<GroupRule> Added, IReadOnlyList<GroupRule> Removed)
{
    public static RuleChange None { get; } = new([], []);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    /// <summary>The change from the group's rules to the edited list.</summary>
    public static RuleChange Between(IReadOnlyList<GroupRule> current, IReadOnlyList<GroupRule> edited)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edited);
        return new([.. edited.Except(current).Distinct()], [.. current.Except(edited).Distinct()]);
    }
}
