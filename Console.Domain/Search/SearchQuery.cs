using System.Text;

namespace EucaConsole.Domain.Search;

/// <summary>
/// What a search bar holds: chosen facets and free text. Its facet part travels as the post's query
/// fragment (<c>platform=linux&amp;architecture=x86_64</c>, with <c>!=</c> for "is not").
/// </summary>
public sealed record SearchQuery(IReadOnlyList<FacetCondition> Conditions, string Text)
{
    public static SearchQuery Empty { get; } = new([], string.Empty);

    public bool IsEmpty => Conditions.Count == 0 && string.IsNullOrWhiteSpace(Text);

    public SearchQuery With(FacetCondition condition) =>
        this with { Conditions = [.. Conditions.Where(c => c != condition && c != condition with { Negated = !condition.Negated }), condition] };

    public SearchQuery Without(FacetCondition condition) => this with { Conditions = [.. Conditions.Where(c => c != condition)] };

    /// <summary>The facet query fragment, e.g. <c>platform=linux&amp;architecture!=i386</c>.</summary>
    public string ToFragment()
    {
        var fragment = new StringBuilder();
        foreach (var condition in Conditions)
        {
            if (fragment.Length > 0)
            {
                fragment.Append('&');
            }

            fragment.Append(Uri.EscapeDataString(condition.Name)).Append(condition.Negated ? "!=" : "=").Append(Uri.EscapeDataString(condition.Key));
        }

        return fragment.ToString();
    }

    /// <summary>Reads a fragment back; parts that are not <c>name=key</c> or <c>name!=key</c> are ignored.</summary>
    public static SearchQuery FromFragment(string? fragment, string? text = null)
    {
        var conditions = new List<FacetCondition>();
        foreach (var part in (fragment ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var negated = part[equals - 1] == '!';
            var name = Uri.UnescapeDataString(part[..(negated ? equals - 1 : equals)]);
            if (name.Length > 0)
            {
                conditions.Add(new FacetCondition(name, Uri.UnescapeDataString(part[(equals + 1)..]), negated));
            }
        }

        return new SearchQuery(conditions, text?.Trim() ?? string.Empty);
    }
}
