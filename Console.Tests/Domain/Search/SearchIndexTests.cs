using EucaConsole.Domain.Search;

namespace EucaConsole.Tests.Domain.Search;

public sealed class SearchIndexTests
{
    private sealed record Server(string Id, string Name, string Platform, string Arch, string[] Tags);

    private static readonly Server[] Servers =
    [
        new("i-1", "web-1", "linux", "x86_64", ["Team=web"]),
        new("i-2", "web-2", "linux", "i386", ["Team=web", "Env=prod"]),
        new("i-3", "reporting", "windows", "x86_64", ["Team=data"]),
        new("i-4", "Batch worker", "linux", "x86_64", []),
    ];

    private static readonly SearchFields<Server> Fields = new SearchFields<Server>()
        .Facet("platform", s => s.Platform)
        .Facet("architecture", s => s.Arch)
        .FacetMany("tag", s => s.Tags)
        .Text("id", s => s.Id)
        .Text("name", s => s.Name);

    private static SearchIndex<Server> Index => new(Servers, Fields);

    private static string[] Ids(int[] matches) => [.. matches.Select(i => Servers[i].Id)];

    [Fact]
    public void No_query_matches_everything() => Assert.Equal(["i-1", "i-2", "i-3", "i-4"], Ids(Index.Filter(SearchQuery.Empty)));

    [Fact]
    public void Facets_of_different_names_all_apply() =>
        Assert.Equal(["i-1", "i-4"], Ids(Index.Filter(new([new("platform", "linux"), new("architecture", "x86_64")], ""))));

    [Fact]
    public void Two_options_of_one_facet_mean_either() =>
        Assert.Equal(["i-1", "i-2", "i-4"], Ids(Index.Filter(new([new("architecture", "i386"), new("architecture", "x86_64"), new("platform", "linux")], ""))));

    [Fact]
    public void Is_not_excludes() => Assert.Equal(["i-3"], Ids(Index.Filter(new([new("platform", "linux", Negated: true)], ""))));

    [Fact]
    public void Free_text_matches_any_filter_key_case_insensitively_and_every_word_must_match() =>
        Assert.Equal(["i-4"], Ids(Index.Filter(new([], "BATCH work"))));

    [Fact]
    public void Multi_valued_facets_match_on_any_value() =>
        Assert.Equal(["i-2"], Ids(Index.Filter(new([new("tag", "Env=prod")], ""))));

    [Fact]
    public void An_unknown_option_matches_nothing_and_an_unknown_facet_is_not_a_client_filter()
    {
        Assert.Empty(Index.Filter(new([new("platform", "beos")], "")));
        Assert.Equal(4, Index.Filter(new([new("owner_alias", "self")], "")).Length);
    }

    [Fact]
    public void Counts_show_what_each_option_would_match_with_the_rest_of_the_query()
    {
        var counts = Index.Counts(new([new("platform", "linux")], "web"));

        // Text "web" leaves web-1 and web-2 (both linux); platform's own chip does not narrow platform counts.
        Assert.Equal(2, counts["platform"]["linux"]);
        Assert.Equal(0, counts["platform"]["windows"]);
        Assert.Equal(1, counts["architecture"]["x86_64"]);
        Assert.Equal(1, counts["architecture"]["i386"]);
        Assert.Equal(2, counts["tag"]["Team=web"]);
    }

    [Fact]
    public void The_same_list_gets_the_same_index_from_the_process_registry()
    {
        var registry = new SearchIndexes();
        IReadOnlyList<Server> list = Servers;

        Assert.Same(registry.For(list, Fields), registry.For(list, Fields));
        Assert.NotSame(registry.For(list, Fields), registry.For([.. Servers], Fields));
    }

    [Fact]
    public void An_empty_list_has_no_matches_and_no_counts()
    {
        var empty = new SearchIndex<Server>([], Fields);

        Assert.Empty(empty.Filter(new([new("platform", "linux")], "web")));
        Assert.All(empty.Counts(SearchQuery.Empty).Values, counts => Assert.Empty(counts));
    }
}
