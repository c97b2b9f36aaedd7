using BenchmarkDotNet.Attributes;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;

namespace EucaConsole.Benchmarks;

/// <summary>
/// The images page's search on the one shared list: a filter pass (a facet and free text) and the
/// facet option counts, over 15,000 and 100,000 images.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[InProcess]
public class SearchBenchmarks
{
    private static readonly SearchFields<Image> Fields = new SearchFields<Image>()
        .Facet("platform", i => i.Platform)
        .Facet("architecture", i => i.Architecture)
        .Facet("root_device_type", i => i.RootDeviceType)
        .FacetMany("tag", i => i.Tags.Select(t => $"{t.Key}={t.Value}"))
        .Text("architecture", i => i.Architecture)
        .Text("description", i => i.Description)
        .Text("id", i => i.Id)
        .Text("name", i => i.Name)
        .Text("owner_alias", i => i.OwnerAlias ?? i.OwnerId)
        .Text("platform_name", i => i.Platform)
        .Text("root_device_type", i => i.RootDeviceType)
        .Text("tagged_name", i => i.Tags.FirstOrDefault(t => t.Key == "Name")?.Value);

    private static readonly SearchQuery FacetAndText = new([new FacetCondition("platform", "linux")], "payments jammy");

    private SearchIndex<Image> _index = default!;

    [Params(15_000, 100_000)]
    public int Images { get; set; }

    [GlobalSetup]
    public void Setup() => _index = new SearchIndex<Image>(SyntheticImages.Create(Images), Fields);

    [Benchmark(Description = "filter: platform=linux + text 'payments jammy'")]
    public int Filter() => _index.Filter(FacetAndText).Length;

    [Benchmark(Description = "facet option counts for the same query")]
    public int Counts() => _index.Counts(FacetAndText).Count;
}
