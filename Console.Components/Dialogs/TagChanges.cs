using EucaConsole.Domain.Compute;

namespace EucaConsole.Components.Dialogs;

/// <summary>What to send after editing tags: keys removed, and tags added or changed.</summary>
public sealed record TagChanges(IReadOnlyList<string> Removed, IReadOnlyList<Tag> Written)
{
    public static TagChanges Between(IReadOnlyList<Tag> before, IReadOnlyList<Tag> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new([.. before.Select(t => t.Key).Except(after.Select(t => t.Key))], [.. after.Where(t => !before.Contains(t))]);
    }

    public bool IsEmpty => Removed.Count == 0 && Written.Count == 0;
}
