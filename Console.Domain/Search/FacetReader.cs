using System.Text;

namespace EucaConsole.Domain.Search;

/// <summary>
/// Reads facet definitions leniently: JSON proper (<c>[{"name":..,"label":..,"options":[{"key":..,"label":..}]}]</c>)
/// and the looser shape pages wrote by hand in the old console (single quotes, no <c>options</c> key,
/// objects left open, as printed in the Magic Search post). A new facet starts at each <c>name</c>;
/// <c>key</c>/<c>label</c> pairs inside a list are its options.
/// </summary>
public static class FacetReader
{
    public static IReadOnlyList<Facet> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var facets = new List<Facet>();
        string? name = null, label = null, optionKey = null, optionLabel = null;
        List<FacetOption> options = [];
        var listDepth = 0;
        // Lists deeper than the one the facet's name sits in are its options.
        var facetDepth = 0;

        void FinishOption()
        {
            if (optionKey is not null)
            {
                options.Add(new FacetOption(optionKey, optionLabel ?? optionKey));
            }

            optionKey = optionLabel = null;
        }

        void FinishFacet()
        {
            FinishOption();
            if (name is not null)
            {
                facets.Add(new Facet(name, label ?? name, options));
            }

            name = label = null;
            options = [];
        }

        var tokens = Tokens(text).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsString && i + 2 < tokens.Count && tokens[i + 1].Symbol == ':' && tokens[i + 2].IsString)
            {
                var value = tokens[i + 2].Text;
                switch (token.Text)
                {
                    case "name" when name is null || listDepth <= facetDepth:
                        FinishFacet();
                        name = value;
                        facetDepth = listDepth;
                        break;
                    case "label" when listDepth <= facetDepth:
                        label = value;
                        break;
                    case "key" when listDepth > facetDepth:
                        FinishOption();
                        optionKey = value;
                        break;
                    case "label" when listDepth > facetDepth:
                        optionLabel = value;
                        break;
                    default:
                        break;
                }

                i += 2;
                continue;
            }

            switch (token.Symbol)
            {
                case '[':
                    listDepth++;
                    break;
                case ']':
                    if (listDepth > facetDepth)
                    {
                        FinishOption();
                    }

                    listDepth = Math.Max(0, listDepth - 1);
                    break;
                case '}' when listDepth > facetDepth:
                    FinishOption();
                    break;
                default:
                    break;
            }
        }

        FinishFacet();
        return facets.Count > 0 ? facets : throw new FormatException("No facet (an object with a 'name') was found in the facet definitions.");
    }

    private readonly record struct Token(char Symbol, string Text)
    {
        public bool IsString => Symbol == '"';
    }

    private static IEnumerable<Token> Tokens(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                var value = new StringBuilder();
                var quote = c;
                var start = i;
                for (i++; i < text.Length && text[i] != quote; i++)
                {
                    value.Append(text[i] == '\\' && i + 1 < text.Length ? text[++i] : text[i]);
                }

                if (i >= text.Length)
                {
                    throw new FormatException($"Unterminated string starting at character {start + 1} of the facet definitions.");
                }

                yield return new Token('"', value.ToString());
            }
            else if (c is '{' or '}' or '[' or ']' or ':' or ',')
            {
                yield return new Token(c, string.Empty);
            }
        }
    }
}
