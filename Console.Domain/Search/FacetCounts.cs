using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace EucaConsole.Domain.Search;

/// <summary>
/// One facet's option counts as a read-only view over the index's value ids and a count array, so a
/// count pass allocates one int per value instead of a dictionary entry (a tag facet over 100,000
/// items has about as many values as items).
/// </summary>
internal sealed class FacetCounts(IReadOnlyDictionary<string, int> valueIds, string[] values, int[] counts, int total) : IFacetCountDictionary
{
    public int Total => total;

    public int this[string key] => TryGetValue(key, out var count) ? count : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => values;

    public IEnumerable<int> Values => counts;

    public int Count => values.Length;

    public bool ContainsKey(string key) => valueIds.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
    {
        if (valueIds.TryGetValue(key, out var id))
        {
            value = counts[id];
            return true;
        }

        value = 0;
        return false;
    }

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        for (var id = 0; id < values.Length; id++)
        {
            yield return new KeyValuePair<string, int>(values[id], counts[id]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
