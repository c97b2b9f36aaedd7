using EucaConsole.Components.Tables;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Resources;

/// <summary>
/// What a resource page lists and how it is searched: its address, its key, the search bar's facets
/// and free-text keys, the indexed fields and the table's columns. A page is this plus its actions.
/// </summary>
/// <param name="Noun">Plural, lower case ("volumes"): the table's count, and the source its reloads are asked for by.</param>
/// <param name="Path">The list's address (<c>/volumes</c>); a detail is <c>{Path}/{key}</c>.</param>
/// <param name="DataFacets">Facets whose options are the values found in the loaded items.</param>
public sealed record ResourceDefinition<T>(
    string Noun,
    string Path,
    Func<T, string> Key,
    IReadOnlyList<Facet> Facets,
    IReadOnlyList<string> FilterKeys,
    SearchFields<T> Fields,
    IReadOnlyList<string> DataFacets,
    IReadOnlyList<TableColumn<T>> Columns)
    where T : class
{
    /// <summary>Which table reloads on a <see cref="Events.RefreshRequested"/> for this page.</summary>
    public string Source { get; init; } = Noun.Replace(' ', '-');

    public string? SingularNoun { get; init; }

    public int PageSize { get; init; } = 50;
}
