using EucaConsole.Components.Catalog;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Resources;

/// <summary>
/// What a resource page lists and how it is searched: its address, its key, the search bar's facets
/// and free-text keys, the indexed fields and the table's columns. A page is this plus its actions.
/// </summary>
/// <param name="Kind">The catalog's entry: the list's address (a detail is <c>{Path}/{key}</c>), its nouns and title.</param>
/// <param name="DataFacets">Facets whose options are the values found in the loaded items.</param>
public sealed record ResourceDefinition<T>(
    ResourceKind Kind,
    Func<T, string> Key,
    IReadOnlyList<Facet> Facets,
    IReadOnlyList<string> FilterKeys,
    SearchFields<T> Fields,
    IReadOnlyList<string> DataFacets,
    IReadOnlyList<TableColumn<T>> Columns)
    where T : class
{
    /// <summary>Plural, lower case ("volumes"): the table's count.</summary>
    public string Noun => Kind.Noun;

    public string Path => Kind.Path;

    public string SingularNoun => Kind.Singular;

    /// <summary>The table's name: its shared row shapes and the browser's remembered columns are kept under it.</summary>
    public string Source { get; init; } = Kind.Noun.Replace(' ', '-');

    public int PageSize { get; init; } = 50;
}
