namespace EucaConsole.Components.Catalog;

/// <summary>
/// One kind of cloud resource as the console presents it: where it sits in the navigation, what it is
/// called, its icon, its list's address (a detail is <c>{Path}/{id}</c>) and, where it has them, the
/// page that makes one and the dashboard tile that counts them. Made once, in <see cref="ResourceCatalog"/>.
/// </summary>
/// <param name="Group">The cloud service it belongs to (a navigation group, a translation key).</param>
/// <param name="Title">The list page's title and navigation label (a translation key).</param>
/// <param name="Noun">Plural, lower case ("volumes"): the table's count and the list's source name.</param>
/// <param name="Singular">Singular, lower case ("volume"): "Volume details".</param>
/// <param name="Path">The list's address; a constant of <see cref="ResourceCatalog"/>, so pages route by it.</param>
public sealed record ResourceKind(string Group, string Title, string Noun, string Singular, string Icon, string Path)
{
    /// <summary>The page that makes one (a wizard or form page), if the kind has one.</summary>
    public CreatePage? Create { get; init; }

    /// <summary>The dashboard tile that counts this kind, if there is one.</summary>
    public TileSpec? Tile { get; init; }

    /// <summary>Highlight the navigation entry only on this very path (its create page has an entry of its own).</summary>
    public bool ExactMatch { get; init; }

    /// <summary>The item's own address (<c>/volumes/vol-…</c>).</summary>
    public string Detail(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return $"{Path}/{Uri.EscapeDataString(id)}";
    }
}

/// <summary>A page that makes a resource; <paramref name="InNavigation"/> gives it an entry of its own under the kind's group.</summary>
public sealed record CreatePage(string Path, string Title, string Icon, bool InNavigation = false);

/// <summary>A dashboard tile: its title (a translation key) and the facet that narrows its list to the chosen zone, if its count is per zone.</summary>
public sealed record TileSpec(string Title, string? ZoneFacet = null)
{
    public bool ZoneBound => ZoneFacet is not null;
}
