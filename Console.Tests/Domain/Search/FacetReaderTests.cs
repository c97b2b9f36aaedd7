using EucaConsole.Domain.Search;

namespace EucaConsole.Tests.Domain.Search;

public sealed class FacetReaderTests
{
    /// <summary>Verbatim from the "Working with Magic Search from Bower" post (not valid JSON: quotes, no options key, open objects).</summary>
    internal const string PostFacets = """
         {'name': 'owner_alias',
          'label': 'Images owned by',
            [{'key': '', 'label': 'Anyone'},
             {'key': 'self', 'label': 'Me (or shared with me)'}]
         {'name': 'platform',
          'label': 'Platform',
            [{'key': 'linux', 'label': 'Linux'},
             {'key': 'windows', 'label': 'Windows'}]
         {'name': 'architecture',
          'label': 'Architecture',
            [{'key': 'x86_64', 'label': '64-bit'},
             {'key': 'i386', 'label': '32-bit'}],
        """;

    [Fact]
    public void The_posts_own_facets_text_loads()
    {
        var facets = FacetReader.Read(PostFacets);

        Assert.Equal(["owner_alias", "platform", "architecture"], facets.Select(f => f.Name));
        Assert.Equal("Images owned by", facets[0].Label);
        Assert.Equal([new FacetOption("", "Anyone"), new FacetOption("self", "Me (or shared with me)")], facets[0].Options);
        Assert.Equal([new FacetOption("x86_64", "64-bit"), new FacetOption("i386", "32-bit")], facets[2].Options);
    }

    [Fact]
    public void Proper_json_with_an_options_key_loads_the_same()
    {
        var facets = FacetReader.Read("""
            [{"name": "platform", "label": "Platform", "options": [{"key": "linux", "label": "Linux"}, {"key": "windows", "label": "Windows"}]},
             {"name": "state", "label": "State", "options": [{"key": "running", "label": "Running"}]}]
            """);

        Assert.Equal(2, facets.Count);
        Assert.Equal([new FacetOption("linux", "Linux"), new FacetOption("windows", "Windows")], facets[0].Options);
        Assert.Equal("State", facets[1].Label);
    }

    [Fact]
    public void Escaped_quotes_survive() =>
        Assert.Equal("Owner's images", FacetReader.Read("""[{'name': 'o', 'label': 'Owner\'s images', 'options': []}]""")[0].Label);

    [Theory]
    [InlineData("[]")]
    [InlineData("not facets at all")]
    public void Text_without_any_facet_is_a_clear_error(string text) =>
        Assert.Contains("No facet", Assert.Throws<FormatException>(() => FacetReader.Read(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void An_unterminated_string_says_where()
    {
        var error = Assert.Throws<FormatException>(() => FacetReader.Read("[{'name': 'platform, 'label': 'x'}]"));

        Assert.Contains("character", error.Message, StringComparison.Ordinal);
    }
}
