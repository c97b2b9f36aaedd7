using EucaConsole.Components.Catalog;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Components.Pages.Dashboard;

/// <summary>
/// One dashboard tile: loads on its own, so a failing service shows its error on its tile only. The
/// loader returns a function from the chosen zone to the figures, so changing the zone recounts
/// without calling the cloud again.
/// </summary>
public sealed class DashboardTile(string title, string icon, bool zoneBound, Func<CancellationToken, Task<Func<string?, IReadOnlyList<TileFigure>>>> load,
    string? listPath = null, string? zoneFacet = null)
{
    private Func<string?, IReadOnlyList<TileFigure>>? _figures;

    /// <summary>The tile the catalog gives <paramref name="kind"/>, counted by <paramref name="load"/>.</summary>
    public static DashboardTile For(ResourceKind kind, Func<CancellationToken, Task<Func<string?, IReadOnlyList<TileFigure>>>> load)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var tile = kind.Tile ?? throw new ArgumentException($"The catalog gives {kind.Noun} no dashboard tile.", nameof(kind));
        return new(tile.Title, kind.Icon, tile.ZoneBound, load, kind.Path, tile.ZoneFacet);
    }

    public string Title { get; } = title;

    public string Icon { get; } = icon;

    /// <summary>True when the zone selector narrows this tile's count.</summary>
    public bool ZoneBound { get; } = zoneBound;

    public TileState State { get; private set; } = TileState.Loading;

    /// <summary>
    /// The page listing what the tile counts, searched for the chosen zone where the page has a zone
    /// facet; null while the console has no page for it.
    /// </summary>
    public string? Href(string? zone) => listPath is null ? null
        : zone is not null && zoneFacet is not null && ZoneBound
            ? Routes.Searched(listPath, new Domain.Search.SearchQuery([new(zoneFacet, zone)], ""))
            : listPath;

    public CloudException? Error { get; private set; }

    public IReadOnlyList<TileFigure> Figures(string? zone) => _figures?.Invoke(ZoneBound ? zone : null) ?? [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        State = TileState.Loading;
        Error = null;
        try
        {
            // The tile's state changes below are read by renders: stay on the circuit's context.
            _figures = await load(cancellationToken).ConfigureAwait(true);
            State = TileState.Loaded;
        }
        catch (CloudException error)
        {
            Error = error;
            State = TileState.Failed;
        }
    }
}
