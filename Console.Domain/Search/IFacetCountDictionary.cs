namespace EucaConsole.Domain.Search;

/// <summary>
/// One facet's option counts, plus how many items the counts were taken over (the items that pass every
/// other condition), so "is not" can say how many would remain: <c>Total - count</c>.
/// </summary>
public interface IFacetCountDictionary : IReadOnlyDictionary<string, int>
{
    int Total { get; }
}
