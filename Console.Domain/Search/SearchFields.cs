namespace EucaConsole.Domain.Search;

/// <summary>
/// How a page's items are searched: for each facet name, the values an item has (several for tags or
/// groups); for each filter key, the text an item offers to free-text search.
/// </summary>
public sealed class SearchFields<T>
{
    private readonly List<(string Name, Func<T, IEnumerable<string?>> Values)> _facets = [];
    private readonly List<(string Key, Func<T, string?> Text)> _filterKeys = [];

    public IReadOnlyList<(string Name, Func<T, IEnumerable<string?>> Values)> Facets => _facets;

    public IReadOnlyList<(string Key, Func<T, string?> Text)> FilterKeys => _filterKeys;

    public SearchFields<T> Facet(string name, Func<T, string?> value)
    {
        _facets.Add((name, item => [value(item)]));
        return this;
    }

    public SearchFields<T> FacetMany(string name, Func<T, IEnumerable<string?>> values)
    {
        _facets.Add((name, values));
        return this;
    }

    public SearchFields<T> Text(string filterKey, Func<T, string?> text)
    {
        _filterKeys.Add((filterKey, text));
        return this;
    }
}
