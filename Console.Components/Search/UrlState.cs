using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace EucaConsole.Components.Search;

/// <summary>The search bar's state in the page URL: <c>q</c> holds the facet fragment, <c>text</c> the free text.</summary>
public static class UrlState
{
    public const string FacetsParameter = "q";
    public const string TextParameter = "text";

    public static (string? Fragment, string? Text) Read(string uri)
    {
        var query = new Uri(uri).Query;
        var values = QueryHelpers.ParseQuery(query);
        return (values.TryGetValue(FacetsParameter, out var q) ? q.ToString() : null,
            values.TryGetValue(TextParameter, out var t) ? t.ToString() : null);
    }

    public static string Write(NavigationManager navigation, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(query);
        return navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [FacetsParameter] = query.Conditions.Count > 0 ? query.ToFragment() : null,
            [TextParameter] = query.Text.Length > 0 ? query.Text : null,
        });
    }
}
