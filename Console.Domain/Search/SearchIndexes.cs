using System.Runtime.CompilerServices;

namespace EucaConsole.Domain.Search;

/// <summary>
/// One index per shared list per process (singleton): the first circuit to search a list builds it,
/// every other circuit reuses it, and it goes away with the list.
/// </summary>
public sealed class SearchIndexes
{
    private readonly ConditionalWeakTable<object, object> _indexes = [];

    public SearchIndex<T> For<T>(IReadOnlyList<T> items, SearchFields<T> fields)
    {
        ArgumentNullException.ThrowIfNull(items);
        return (SearchIndex<T>)_indexes.GetValue(items, _ => new SearchIndex<T>(items, fields));
    }
}
