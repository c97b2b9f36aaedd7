using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using EucaConsole.Domain.Search;
using Microsoft.Extensions.Localization;

namespace EucaConsole.Components.Localization;

/// <summary>
/// A page's facets with their names and options in the reader's language. One translated copy per
/// facet list and culture, shared by every circuit (a copy per render would cost every circuit).
/// Keys stay as they are: the address and the filters speak keys, only labels are translated.
/// </summary>
public static class TranslatedFacets
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Facet>, ConcurrentDictionary<string, IReadOnlyList<Facet>>> Translations = new();

    public static IReadOnlyList<Facet> For(IReadOnlyList<Facet> facets, IStringLocalizer<ConsoleText> localizer)
    {
        ArgumentNullException.ThrowIfNull(facets);
        ArgumentNullException.ThrowIfNull(localizer);
        return Translations.GetValue(facets, _ => new(StringComparer.Ordinal))
            .GetOrAdd(CultureInfo.CurrentUICulture.Name, _ =>
            [
                .. facets.Select(facet => facet with
                {
                    Label = localizer[facet.Label],
                    Options = [.. facet.Options.Select(option => option with { Label = localizer[option.Label] })],
                }),
            ]);
    }
}
