using EucaConsole.Components.Search;
using Microsoft.Extensions.Localization;

namespace EucaConsole.Components.Localization;

/// <summary>The search bar's words from the translation table (the widget itself stays free of localization, as in the post).</summary>
public static class SearchStrings
{
    public static MagicSearchStrings From(IStringLocalizer<ConsoleText> localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var english = MagicSearchStrings.English;
        return new MagicSearchStrings
        {
            Remove = localizer[english.Remove],
            Cancel = localizer[english.Cancel],
            Prompt = localizer[english.Prompt],
            IsNot = localizer[english.IsNot],
            Is = localizer[english.Is],
            ClearAll = localizer[english.ClearAll],
            NoMatches = localizer[english.NoMatches],
            SearchLabel = localizer[english.SearchLabel],
        };
    }
}
