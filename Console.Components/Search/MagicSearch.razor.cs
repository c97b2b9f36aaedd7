using EucaConsole.Components.Lite;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using EucaConsole.Components.Layout;
using Microsoft.JSInterop;

namespace EucaConsole.Components.Search;

/// <summary>
/// The faceted search bar of the Magic Search post, as a Blazor component: chips for chosen facets,
/// free text for everything else, "is not" per facet, option counts, full keyboard use, and the query
/// kept in the URL (<c>?q=platform%3Dlinux&amp;text=web</c>) so a filtered view can be bookmarked.
/// </summary>
public partial class MagicSearch : IDisposable
{
    private static readonly MarkupString FilterIcon = Glyph.Icon(MudBlazor.Icons.Material.Filled.FilterList, "small", "ms-icon");

    private readonly string _menuId = "ms-menu-" + Guid.NewGuid().ToString("N")[..12];
    private ElementReference _input;
    private IReadOnlyList<Facet> _facets = [];
    private string? _facetsSource;
    /// <summary>The box's text as the browser last sent it; the box itself is the browser's (no value attribute, see SetTyped).</summary>
    private string _typed = string.Empty;
    private bool _typedWritePending;
    private bool _menuOpen;
    private Facet? _activeFacet;
    private bool _negate;
    private int _highlight = -1;
    private List<Suggestion> _suggestions = [];
    private bool _disposed;
    private CancellationTokenSource? _pendingUrlWrite;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>
    /// How long typing pauses before the text goes into the address. Writing it on every keystroke made
    /// a navigation per keystroke, and with it a render of the whole page instead of only the table.
    /// Facets picked, chips removed and Clear are written at once.
    /// </summary>
    [Parameter] public TimeSpan UrlWriteDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>The facets, as typed objects.</summary>
    [Parameter] public IReadOnlyList<Facet>? Facets { get; set; }

    /// <summary>The facets as the post's JSON shape (its own lenient text loads too); used when <see cref="Facets"/> is not set.</summary>
    [Parameter] public string? FacetsJson { get; set; }

    /// <summary>The item fields free text is matched over; passed along with <see cref="OnTextSearch"/>.</summary>
    [Parameter] public IReadOnlyList<string> FilterKeys { get; set; } = [];

    /// <summary>Translated words; English by default.</summary>
    [Parameter] public MagicSearchStrings Strings { get; set; } = MagicSearchStrings.English;

    /// <summary>The current query (two-way).</summary>
    [Parameter] public SearchQuery Query { get; set; } = SearchQuery.Empty;

    [Parameter] public EventCallback<SearchQuery> QueryChanged { get; set; }

    /// <summary>The post's <c>searchUpdated</c>: the facet query fragment, e.g. <c>platform=linux&amp;architecture=x86_64</c>.</summary>
    [Parameter] public EventCallback<string> OnSearchUpdated { get; set; }

    /// <summary>The post's <c>textSearch</c>: the free text and the filter keys.</summary>
    [Parameter] public EventCallback<TextSearch> OnTextSearch { get; set; }

    /// <summary>How many current items each option matches (facet name, then option key); options without a count show none.</summary>
    [Parameter] public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? OptionCounts { get; set; }

    /// <summary>Extra options per facet computed from the data (e.g. tag values), added after the defined ones.</summary>
    [Parameter] public IReadOnlyDictionary<string, IReadOnlyList<FacetOption>>? DataOptions { get; set; }

    /// <summary>Keep the query in the page URL (read on first render, written on every change).</summary>
    [Parameter] public bool SyncWithUrl { get; set; } = true;

    private string MenuId => _menuId;

    private IReadOnlyList<Facet> AllFacets => _facets;

    protected override void OnParametersSet()
    {
        if (Facets is not null)
        {
            _facets = Facets;
        }
        else if (FacetsJson is not null && FacetsJson != _facetsSource)
        {
            _facetsSource = FacetsJson;
            _facets = FacetReader.Read(FacetsJson);
        }

        // The query's text is the box's trimmed: only a real difference (a restored or cleared search) is written back.
        if (_activeFacet is null && Query.Text != _typed.Trim())
        {
            SetTyped(Query.Text);
        }

        if (_menuOpen)
        {
            BuildSuggestions();
        }
    }

    protected override async Task OnInitializedAsync()
    {
        if (!SyncWithUrl)
        {
            return;
        }

        var (fragment, text) = UrlState.Read(Navigation.Uri);
        if (fragment is null && text is null)
        {
            return;
        }

        var restored = SearchQuery.FromFragment(fragment, text);
        if (restored != Query)
        {
            SetTyped(restored.Text);
            await ChangeAsync(restored, conditionsChanged: restored.Conditions.Count > 0, textChanged: restored.Text.Length > 0, writeUrl: false);
        }
    }

    private void OpenMenu()
    {
        _menuOpen = true;
        BuildSuggestions();
    }

    private void CloseMenu()
    {
        _menuOpen = false;
        _activeFacet = null;
        _negate = false;
        _highlight = -1;
    }

    private void CancelFacet()
    {
        _activeFacet = null;
        _negate = false;
        SetTyped(Query.Text);
        BuildSuggestions();
    }

    private void SetNegate(bool negate)
    {
        _negate = negate;
        BuildSuggestions();
    }

    private async Task OnInputAsync(ChangeEventArgs change)
    {
        _typed = change.Value?.ToString() ?? string.Empty;

        _menuOpen = true;
        BuildSuggestions();
        if (_activeFacet is null)
        {
            // Free text filters live, as in the post.
            await ChangeAsync(Query with { Text = _typed.Trim() }, conditionsChanged: false, textChanged: true, urlLater: true);
        }
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs key)
    {
        switch (key.Key)
        {
            case "ArrowDown":
                OpenIfClosed();
                _highlight = _suggestions.Count == 0 ? -1 : (_highlight + 1) % _suggestions.Count;
                break;
            case "ArrowUp":
                OpenIfClosed();
                _highlight = _suggestions.Count == 0 ? -1 : (_highlight - 1 + _suggestions.Count) % _suggestions.Count;
                break;
            case "Enter":
                if (_menuOpen && _highlight >= 0 && _highlight < _suggestions.Count)
                {
                    await PickAsync(_highlight);
                }
                else
                {
                    CloseMenu();
                    FlushUrlWrite();
                }

                break;
            case "Escape":
                CloseMenu();
                FlushUrlWrite();
                break;
            // "!" while choosing an option means "is not"; magic-search.js keeps the character out of the box.
            case "!" when _activeFacet is not null && _typed.Length == 0:
                SetNegate(!_negate);
                break;
            case "Backspace" when _typed.Length == 0:
                if (_activeFacet is not null)
                {
                    CancelFacet();
                }
                else if (Query.Conditions.Count > 0)
                {
                    await RemoveAsync(Query.Conditions[^1]);
                }

                break;
            default:
                break;
        }
    }

    private void OpenIfClosed()
    {
        if (!_menuOpen)
        {
            OpenMenu();
        }
    }

    private async Task PickAsync(int index)
    {
        var suggestion = _suggestions[index];
        if (suggestion.Option is null)
        {
            // A facet: now choose one of its options.
            _activeFacet = suggestion.Facet;
            _negate = false;
            SetTyped(string.Empty);
            var textChanged = Query.Text.Length > 0;
            BuildSuggestions();
            if (textChanged)
            {
                await ChangeAsync(Query with { Text = string.Empty }, conditionsChanged: false, textChanged: true);
            }

            await FocusAsync();
            return;
        }

        var condition = new FacetCondition(suggestion.Facet.Name, suggestion.Option.Key, _negate);
        _activeFacet = null;
        _negate = false;
        SetTyped(string.Empty);
        _highlight = -1;
        BuildSuggestions();
        await ChangeAsync(Query.With(condition), conditionsChanged: true, textChanged: false);
        await FocusAsync();
    }

    private async Task RemoveAsync(FacetCondition condition) => await ChangeAsync(Query.Without(condition), conditionsChanged: true, textChanged: false);

    private async Task ClearAllAsync()
    {
        SetTyped(string.Empty);
        CloseMenu();
        await ChangeAsync(SearchQuery.Empty, conditionsChanged: true, textChanged: true);
    }

    private async Task ChangeAsync(SearchQuery query, bool conditionsChanged, bool textChanged, bool writeUrl = true, bool urlLater = false)
    {
        Query = query;
        await QueryChanged.InvokeAsync(query);
        if (conditionsChanged)
        {
            await OnSearchUpdated.InvokeAsync(query.ToFragment());
        }

        if (textChanged)
        {
            await OnTextSearch.InvokeAsync(new TextSearch(query.Text, FilterKeys));
        }

        if (writeUrl && SyncWithUrl && !_disposed)
        {
            if (urlLater && UrlWriteDelay > TimeSpan.Zero)
            {
                WriteUrlLater();
            }
            else
            {
                WriteUrlNow();
            }
        }
    }

    private void WriteUrlNow()
    {
        CancelPendingUrlWrite();
        Navigation.NavigateTo(UrlState.Write(Navigation, Query), replace: true);
    }

    private void WriteUrlLater()
    {
        CancelPendingUrlWrite();
        _pendingUrlWrite = new CancellationTokenSource();
        _ = WriteUrlAfterPauseAsync(_pendingUrlWrite.Token);
    }

    private async Task WriteUrlAfterPauseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(UrlWriteDelay, Time, cancellationToken);
            await InvokeAsync(() =>
            {
                if (!cancellationToken.IsCancellationRequested && !_disposed)
                {
                    WriteUrlNow();
                }
            });
        }
        catch (OperationCanceledException)
        {
            // More typing, a facet, or the page left: that write is no longer wanted.
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    /// <summary>Enter or Escape in the box: the typing is done, so its text goes into the address now.</summary>
    private void FlushUrlWrite()
    {
        if (_pendingUrlWrite is not null && !_disposed)
        {
            WriteUrlNow();
        }
    }

    /// <summary>
    /// Forgets the text's address write still waiting for the pause: whoever navigates now (a row opened)
    /// writes the search into its own address. Written later, the wait would compute from the address the
    /// server last heard of, which lags a navigation by a round trip, and send the browser back to the list.
    /// </summary>
    public void DropPendingUrlWrite() => CancelPendingUrlWrite();

    private void CancelPendingUrlWrite()
    {
        _pendingUrlWrite?.Cancel();
        _pendingUrlWrite?.Dispose();
        _pendingUrlWrite = null;
    }

    /// <summary>
    /// The server changes the box's text (a search restored from the address, a facet picked, Clear):
    /// written to the browser once rendered. Typing never comes back this way, so no keystroke typed
    /// during a round trip is overwritten (a controlled value lost them: dotnet/aspnetcore#14242).
    /// </summary>
    private void SetTyped(string text)
    {
        if (text != _typed)
        {
            _typed = text;
            _typedWritePending = true;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_typedWritePending)
        {
            _typedWritePending = false;
            try
            {
                await Js.InvokeVoidAsync("eucaConsole.setInputValue", _input, _typed);
            }
            catch (Exception error) when (error is JSException or JSDisconnectedException)
            {
                // The box left the page meanwhile.
            }
        }
    }

    private async Task FocusAsync()
    {
        try
        {
            await _input.FocusAsync();
        }
        catch (InvalidOperationException)
        {
            // not rendered yet (prerendering or tests without a browser)
        }
    }

    private void BuildSuggestions()
    {
        var typed = _typed.Trim();
        if (_activeFacet is { } facet)
        {
            var counts = OptionCounts?.GetValueOrDefault(facet.Name);
            var extra = DataOptions?.GetValueOrDefault(facet.Name) ?? [];
            _suggestions = [.. facet.Options.Concat(extra.Where(o => facet.Options.All(d => d.Key != o.Key)))
                .Where(o => typed.Length == 0 || o.Label.Contains(typed, StringComparison.OrdinalIgnoreCase) || o.Key.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .Where(o => !Query.Conditions.Contains(new FacetCondition(facet.Name, o.Key, _negate)))
                .Select(o => new Suggestion(facet, o, o.Label, Count(counts, o.Key)))];
        }
        else
        {
            _suggestions = [.. AllFacets
                .Where(f => typed.Length == 0 || f.Label.Contains(typed, StringComparison.OrdinalIgnoreCase) || f.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .Select(f => new Suggestion(f, null, f.Label, null))];
        }

        // A new list highlights its first entry, so typing then Enter picks the best match.
        _highlight = _suggestions.Count > 0 ? 0 : -1;
    }

    /// <summary>
    /// How many items choosing the option would leave: its count, or for "is not" the items without it
    /// (known only when the counts say what they were taken over).
    /// </summary>
    private int? Count(IReadOnlyDictionary<string, int>? counts, string key) => counts switch
    {
        null => null,
        IFacetCountDictionary facet when _negate => facet.Total - facet.GetValueOrDefault(key),
        _ when _negate => null,
        _ => counts.GetValueOrDefault(key),
    };

    private string FacetLabel(string name) => _facets.FirstOrDefault(f => f.Name == name)?.Label ?? name;

    private string OptionLabel(FacetCondition condition) =>
        _facets.FirstOrDefault(f => f.Name == condition.Name)?.Options.FirstOrDefault(o => o.Key == condition.Key)?.Label
        ?? DataOptions?.GetValueOrDefault(condition.Name)?.FirstOrDefault(o => o.Key == condition.Key)?.Label
        ?? condition.Key;

    public void Dispose()
    {
        _disposed = true;
        CancelPendingUrlWrite();
        GC.SuppressFinalize(this);
    }

    private sealed record Suggestion(Facet Facet, FacetOption? Option, string Label, int? Count);
}
