using BenchmarkDotNet.Attributes;
using EucaConsole.Components.Pages.Compute;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;

namespace EucaConsole.Benchmarks;

/// <summary>
/// The images page's search (its own facets and filter keys) on the one shared list: a filter pass (a facet and free text) and the
/// facet option counts, over 15,000 and 100,000 images.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[InProcess]
public class SearchBenchmarks
{
    private static readonly SearchQuery FacetAndText = new([new FacetCondition("platform", "linux")], "payments jammy");

    private SearchIndex<Image> _index = default!;

    [Params(15_000, 100_000)]
    public int Images { get; set; }

    [GlobalSetup]
    public void Setup() => _index = new SearchIndex<Image>(SyntheticImages.Create(Images), ImageSearch.Fields);

    [Benchmark(Description = "filter: platform=linux + text 'payments jammy'")]
    public int Filter() => _index.Filter(FacetAndText).Length;

    [Benchmark(Description = "facet option counts for the same query")]
    public int Counts() => _index.Counts(FacetAndText).Count;
}
