namespace EucaConsole.Domain.Compute;

/// <summary>Two answers about an instance say the same: every field, and the contents of its lists (groups, tags, volumes).</summary>
public sealed class InstanceEquality : IEqualityComparer<Instance>
{
    public static InstanceEquality Instance { get; } = new();

    public bool Equals(Instance? x, Instance? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        // The record's own equality compares the lists by reference: compare them by content, the rest as the record does.
        return x with { SecurityGroups = y.SecurityGroups, Tags = y.Tags, Volumes = y.Volumes } == y
            && x.SecurityGroups.SequenceEqual(y.SecurityGroups)
            && x.Tags.SequenceEqual(y.Tags)
            && (x.Volumes ?? []).SequenceEqual(y.Volumes ?? []);
    }

    public int GetHashCode(Instance obj) => obj is null ? 0 : HashCode.Combine(obj.Id, obj.State);
}
