using EucaConsole.Domain.Search;

namespace EucaConsole.Tests.Domain.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Facets_make_the_posts_query_fragment() =>
        Assert.Equal("platform=linux&architecture=x86_64",
            new SearchQuery([new("platform", "linux"), new("architecture", "x86_64")], "").ToFragment());

    [Fact]
    public void Is_not_is_written_as_not_equals() =>
        Assert.Equal("platform!=windows", new SearchQuery([new("platform", "windows", Negated: true)], "").ToFragment());

    [Fact]
    public void A_fragment_round_trips_with_encoded_values()
    {
        var query = new SearchQuery([new("tag", "Name=web 1&2"), new("state", "stopped", true)], "db");

        var back = SearchQuery.FromFragment(query.ToFragment(), "db");

        Assert.Equal(query.Conditions, back.Conditions);
        Assert.Equal("db", back.Text);
    }

    [Fact]
    public void Garbage_in_a_fragment_is_ignored_not_fatal() =>
        Assert.Equal([new FacetCondition("a", "b")], SearchQuery.FromFragment("=x&&nonsense&a=b&=").Conditions);

    [Fact]
    public void Choosing_is_not_replaces_is_for_the_same_option()
    {
        var query = SearchQuery.Empty.With(new("platform", "linux")).With(new("platform", "linux", Negated: true));

        Assert.Equal([new FacetCondition("platform", "linux", true)], query.Conditions);
    }
}
