namespace EucaConsole.Components.Search;

/// <summary>The search bar's words, English by default; a page passes translated ones (as the post's <c>strings</c> attribute).</summary>
public sealed record MagicSearchStrings
{
    public string Remove { get; init; } = "Remove";

    public string Cancel { get; init; } = "Cancel";

    public string Prompt { get; init; } = "Filter by facet or type to search";

    public string IsNot { get; init; } = "is not";

    public string Is { get; init; } = "is";

    public string ClearAll { get; init; } = "Clear all filters";

    public string NoMatches { get; init; } = "No matching facet; Enter searches the text";

    public string SearchLabel { get; init; } = "Search and filter";

    public static MagicSearchStrings English { get; } = new();
}
