using System.Collections.Concurrent;

namespace EucaConsole.Domain.Compute;

/// <summary>
/// One string per value for the fields that repeat across a list (states, instance types, zones, image
/// and group ids, device names, tag keys): a thousand instances name a handful of each, and every
/// circuit on /instances keeps its own parsed list. Bounded: once full, values are kept as they come.
/// </summary>
internal static class RepeatedValues
{
    private const int Capacity = 8192;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string? Of(string? value)
    {
        if (value is null || value.Length == 0 || value.Length > 128)
        {
            return value;
        }

        if (Pool.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        return Pool.Count < Capacity ? Pool.GetOrAdd(value, value) : value;
    }
}
