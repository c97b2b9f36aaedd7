using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace EucaConsole.Domain.Search;

/// <summary>
/// A search index over one shared, immutable list: built once per list and process, then filtered by
/// any number of circuits, each of which keeps only its query and the matching row indexes. Facet
/// values are interned to numbers and the free text of each item is folded to lower case once and kept
/// as UTF-8 in one contiguous buffer, so a filter pass is a tight loop over arrays. The text scan is
/// bound by memory bandwidth, hence bytes rather than UTF-16 and no field text repeated per item.
/// </summary>
public sealed class SearchIndex<T>
{
    private readonly string[] _facetNames;
    private readonly Dictionary<string, int>[] _valueIds;
    private readonly string[][] _values;
    private readonly int[][][] _itemValues;
    private readonly byte[] _text;
    private readonly int[] _textStart;

    // Results of recent queries, shared by every circuit that asks the same thing (most show the whole
    // list, or the same few searches): one array per query and order instead of one per circuit.
    private readonly ConcurrentDictionary<string, int[]> _shared = new(StringComparer.Ordinal);
    private const int MaxSharedResults = 64;

    public SearchIndex(IReadOnlyList<T> items, SearchFields<T> fields)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fields);
        Items = items;
        _facetNames = [.. fields.Facets.Select(f => f.Name)];
        _valueIds = [.. fields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        var values = fields.Facets.Select(_ => new List<string>()).ToArray();
        var singles = fields.Facets.Select(_ => new List<int[]>()).ToArray();
        _itemValues = new int[_facetNames.Length][][];
        for (var f = 0; f < _facetNames.Length; f++)
        {
            _itemValues[f] = new int[items.Count][];
        }

        var text = new ArrayBufferWriter<byte>(Math.Max(256, items.Count * 128));
        _textStart = new int[items.Count + 1];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            for (var f = 0; f < _facetNames.Length; f++)
            {
                var ids = fields.Facets[f].Values(item).OfType<string>().Where(v => v.Length > 0).Distinct()
                    .Select(v => Intern(f, v, values[f], singles[f])).ToArray();
                // Most items have one value per facet; share one array per value instead of one per item.
                _itemValues[f][i] = ids.Length == 1 ? singles[f][ids[0]] : ids;
            }

            _textStart[i] = text.WrittenCount;
            var folded = string.Join('\n', fields.FilterKeys.Select(k => k.Text(item)).OfType<string>().Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal)).ToLowerInvariant();
            Encoding.UTF8.GetBytes(folded, text);
        }

        _textStart[items.Count] = text.WrittenCount;
        _text = text.WrittenSpan.ToArray();
        _values = [.. values.Select(v => v.ToArray())];
    }

    /// <summary>The list this index was built over (the process's one shared copy).</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>
    /// The matches of a query, in list order or in the order <paramref name="order"/> makes of them
    /// (named by <paramref name="orderKey"/>), from the shared results when another circuit asked the
    /// same. The array is shared: callers never change it.
    /// </summary>
    public int[] SharedMatches(SearchQuery query, string? orderKey = null, Func<int[], int[]>? order = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = $"{query.ToFragment()}\u0001{query.Text}\u0001{orderKey}";
        if (_shared.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var matches = Filter(query);
        if (order is not null)
        {
            matches = order(matches);
        }

        if (_shared.Count >= MaxSharedResults)
        {
            _shared.Clear();
        }

        return _shared.GetOrAdd(key, matches);
    }

    /// <summary>Indexes (into <see cref="Items"/>) of the items matching the query, in list order (a new array).</summary>
    public int[] Filter(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = Plan(query);
        var matches = new List<int>();
        for (var i = 0; i < Items.Count; i++)
        {
            // Facet checks compare small ints; the text scan runs only for items they let through.
            if (Failures(i, plan, stopAfter: 1, out _) == 0 && TextMatches(i, plan.Terms))
            {
                matches.Add(i);
            }
        }

        return [.. matches];
    }

    /// <summary>
    /// For each facet, how many items each option would match if chosen together with the rest of the
    /// query (the usual faceted count: a facet's own chips do not narrow its own counts).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = Plan(query);
        var counts = _values.Select(v => new int[v.Length]).ToArray();
        var totals = new int[counts.Length];
        for (var i = 0; i < Items.Count; i++)
        {
            var failures = Failures(i, plan, stopAfter: 2, out var failed);
            if (failures >= 2 || !TextMatches(i, plan.Terms))
            {
                continue;
            }

            switch (failures)
            {
                case 0:
                    for (var f = 0; f < counts.Length; f++)
                    {
                        totals[f]++;
                        foreach (var id in _itemValues[f][i])
                        {
                            counts[f][id]++;
                        }
                    }

                    break;
                case 1:
                    totals[failed]++;
                    foreach (var id in _itemValues[failed][i])
                    {
                        counts[failed][id]++;
                    }

                    break;
                default:
                    break;
            }
        }

        var result = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        for (var f = 0; f < counts.Length; f++)
        {
            result[_facetNames[f]] = new FacetCounts(_valueIds[f], _values[f], counts[f], totals[f]);
        }

        return result;
    }

    /// <summary>Every value a facet takes in this list, e.g. to offer tag options.</summary>
    public IReadOnlyList<string> Values(string facetName)
    {
        var f = Array.IndexOf(_facetNames, facetName);
        return f < 0 ? [] : _values[f];
    }

    private int Intern(int facet, string value, List<string> values, List<int[]> singles)
    {
        if (!_valueIds[facet].TryGetValue(value, out var id))
        {
            id = values.Count;
            values.Add(value);
            singles.Add([id]);
            _valueIds[facet][value] = id;
        }

        return id;
    }

    private bool TextMatches(int item, byte[][] terms)
    {
        var text = _text.AsSpan(_textStart[item], _textStart[item + 1] - _textStart[item]);
        foreach (var term in terms)
        {
            if (text.IndexOf(term) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many constrained facets item fails (counting stops at <paramref name="stopAfter"/>); the last one failed.</summary>
    private int Failures(int item, QueryPlan plan, int stopAfter, out int failedFacet)
    {
        failedFacet = -1;
        var failures = 0;
        foreach (var constraint in plan.Constraints)
        {
            if (!constraint.Accepts(_itemValues[constraint.Facet][item]))
            {
                failedFacet = constraint.Facet;
                if (++failures >= stopAfter)
                {
                    break;
                }
            }
        }

        return failures;
    }

    private QueryPlan Plan(SearchQuery query)
    {
        var constraints = new List<FacetConstraint>();
        foreach (var group in query.Conditions.GroupBy(c => c.Name, StringComparer.Ordinal))
        {
            var f = Array.IndexOf(_facetNames, group.Key);
            if (f < 0)
            {
                // A facet this list does not index (e.g. a server-side one): not a client filter.
                continue;
            }

            int Id(string key) => _valueIds[f].TryGetValue(key, out var id) ? id : -1;
            var wanted = group.Where(c => !c.Negated).Select(c => Id(c.Key)).ToArray();
            var unwanted = group.Where(c => c.Negated).Select(c => Id(c.Key)).Where(id => id >= 0).ToArray();
            constraints.Add(new FacetConstraint(f, wanted, unwanted));
        }

        var terms = query.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Encoding.UTF8.GetBytes).ToArray();
        return new QueryPlan([.. constraints], terms);
    }

    private sealed record QueryPlan(FacetConstraint[] Constraints, byte[][] Terms);

    private sealed record FacetConstraint(int Facet, int[] Wanted, int[] Unwanted)
    {
        public bool Accepts(int[] itemValues)
        {
            foreach (var value in itemValues)
            {
                if (Array.IndexOf(Unwanted, value) >= 0)
                {
                    return false;
                }
            }

            if (Wanted.Length == 0)
            {
                return true;
            }

            foreach (var value in itemValues)
            {
                if (Array.IndexOf(Wanted, value) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
