using EucaConsole.Components.Lite;
using System.Globalization;
using EucaConsole.Components.Events;
using EucaConsole.Components.Layout;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace EucaConsole.Components.Tables;

/// <summary>
/// A page's resource list: loads through <see cref="Load"/>, filters the shared list through the
/// process's search index (the circuit keeps only its query and the matching row numbers), sorts,
/// pages (never more than 200 rows in the DOM), selects for bulk actions, and talks over the event bus:
/// it publishes <see cref="ItemsLoaded{T}"/> and reloads on <see cref="RefreshRequested"/>.
/// </summary>
public partial class ResourceTable<T> : IDisposable
{
    public const int MaxPageSize = 200;

    private static readonly MarkupString ReloadIcon = Glyph.ButtonLabel(Icons.Material.Filled.Refresh, "small");

    private readonly CancellationTokenSource _leaving = new();
    private IDisposable? _refreshSubscription;
    private IReadOnlyList<T> _items = [];
    private SearchIndex<T>? _index;
    private int[] _matches = [];
    private readonly HashSet<string> _selected = new(StringComparer.Ordinal);
    private SearchQuery? _filteredBy;
    private string? _loadedFor;
    private int _page;
    private int _sortColumn = -1;
    private HashSet<string>? _hidden;
    private bool _columnsRestored;
    private bool _descending;
    private bool _reloading;

    [Inject] private EventBus Bus { get; set; } = default!;

    [Inject] private SearchIndexes Indexes { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>Loads the items (from the cache or the cloud).</summary>
    [Parameter, EditorRequired] public Func<CancellationToken, Task<IReadOnlyList<T>>> Load { get; set; } = default!;

    /// <summary>When this changes (e.g. a server-side facet), the items are loaded again.</summary>
    [Parameter] public string LoadKey { get; set; } = string.Empty;

    [Parameter, EditorRequired] public IReadOnlyList<TableColumn<T>> Columns { get; set; } = [];

    [Parameter, EditorRequired] public SearchFields<T> Fields { get; set; } = default!;

    [Parameter, EditorRequired] public Func<T, string> Key { get; set; } = default!;

    /// <summary>The search bar's query; the table filters by it.</summary>
    [Parameter] public SearchQuery Query { get; set; } = SearchQuery.Empty;

    /// <summary>Plural noun for messages: "images", "instances".</summary>
    [Parameter] public string Noun { get; set; } = "items";

    /// <summary>Column titles not shown: the browser's remembered choice, else the columns' defaults.</summary>
    private HashSet<string> Hidden => _hidden ??= [.. Columns.Where(c => c.HiddenByDefault).Select(c => c.Title)];


    private IReadOnlyList<string> ColumnTitles => _columnTitles ??= [.. Columns.Select(c => c.Title)];

    private IReadOnlyList<string>? _columnTitles;

    private EventCallback<string> _toggleColumn;
    private EventCallback<int> _sort;
    private EventCallback _toggleAll;
    private EventCallback<int> _goTo;

    private string SelectAllLabel => L["Select all {0} {1}", _matches.Length, NounText];

    /// <summary>The rows' shape for the shown columns in this language: shared with every circuit alike.</summary>
    private RowShape<T> Shape => RowShape<T>.For(Source, Columns, Hidden, L["Copy"], L["Copy {0}"].Value, Selectable ? L["Select {0}"].Value : null);

    private string ColumnsStorageKey => $"euca.columns.{Source}";

    /// <summary>Shows or hides a column and remembers the choice in this browser (per table).</summary>
    private async Task ToggleColumnAsync(string title)
    {
        if (!Hidden.Remove(title))
        {
            // At least one column stays.
            if (Hidden.Count >= Columns.Count - 1)
            {
                return;
            }

            Hidden.Add(title);
        }

        try
        {
            await Js.InvokeVoidAsync("localStorage.setItem", ColumnsStorageKey, System.Text.Json.JsonSerializer.Serialize(Hidden.Order(StringComparer.Ordinal)));
        }
        catch (Exception error) when (error is JSException or JSDisconnectedException)
        {
            // Storage refused (private mode, quota): the choice holds for this page only.
        }
    }

    /// <summary>The browser's remembered column choice, read once the circuit can reach it.</summary>
    private async Task RestoreColumnsAsync()
    {
        _columnsRestored = true;
        try
        {
            if (await Js.InvokeAsync<string?>("localStorage.getItem", ColumnsStorageKey) is { Length: > 0 } saved
                && System.Text.Json.JsonSerializer.Deserialize<string[]>(saved) is { } hidden)
            {
                var known = hidden.Where(title => Columns.Any(c => c.Title == title)).ToHashSet();
                if (known.Count < Columns.Count)
                {
                    _hidden = known;
                    StateHasChanged();
                }
            }
        }
        catch (Exception error) when (error is JSException or JSDisconnectedException or System.Text.Json.JsonException or InvalidOperationException)
        {
            // Nothing remembered, or something unreadable: the defaults stand.
        }
    }

    /// <summary>Run when the user asks for a reload, before it: e.g. forget the cached copy of the list.</summary>
    [Parameter] public Func<CancellationToken, Task>? BeforeReload { get; set; }

    /// <summary>When the list shown was fetched from the cloud, when it came from a cache; shown as "as of 3 min ago".</summary>
    [Parameter] public DateTimeOffset? AsOf { get; set; }

    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>"as of 3 min ago" for a cached list older than a minute; nothing for a fresh one.</summary>
    private string? Age => AsOf is { } at && Time.GetUtcNow() - at is var age && age >= TimeSpan.FromMinutes(1)
        ? age >= TimeSpan.FromHours(1)
            ? L["as of {0} h ago", (int)age.TotalHours].Value
            : L["as of {0} min ago", (int)age.TotalMinutes].Value
        : null;

    /// <summary>The noun for one (by default <see cref="Noun"/> without its final "s": "1 role", "2 roles").</summary>
    [Parameter] public string? SingularNoun { get; set; }

    /// <summary>The name this table answers to on the event bus.</summary>
    [Parameter] public string Source { get; set; } = "table";

    [Parameter] public bool Selectable { get; set; }

    [Parameter] public EventCallback<IReadOnlyList<T>> SelectionChanged { get; set; }

    [Parameter] public EventCallback<T> OnRowClick { get; set; }

    [Parameter] public int PageSize { get; set; } = 50;

    /// <summary>Keys of rows to highlight (e.g. just launched).</summary>
    [Parameter] public IReadOnlySet<string>? Highlighted { get; set; }

    [Parameter] public RenderFragment? Toolbar { get; set; }

    [Parameter] public RenderFragment? EmptyContent { get; set; }

    public TableState State { get; private set; } = TableState.Loading;

    public CloudException? Error { get; private set; }

    /// <summary>The rows currently matching the query, in display order.</summary>
    public IEnumerable<T> MatchingItems => _matches.Select(i => _items[i]);

    public IReadOnlyList<T> SelectedItems => [.. _items.Where(i => _selected.Contains(Key(i)))];

    private int EffectivePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    private int PageCount => Math.Max(1, (_matches.Length + EffectivePageSize - 1) / EffectivePageSize);

    private IEnumerable<int> PageIndexes => _matches.Skip(_page * EffectivePageSize).Take(EffectivePageSize);

    private bool AllSelected => _matches.Length > 0 && _matches.All(i => _selected.Contains(Key(_items[i])));

    private string Summary => _matches.Length == _items.Count
        ? string.Create(CultureInfo.CurrentCulture, $"{_items.Count:N0} {NounFor(_items.Count)}")
        : L["{0} of {1} {2}", _matches.Length.ToString("N0", CultureInfo.CurrentCulture), _items.Count.ToString("N0", CultureInfo.CurrentCulture), NounFor(_items.Count)];

    private string NounFor(int count) =>
        count == 1 ? Word(SingularNoun ?? (Noun.EndsWith('s') ? Noun[..^1] : Noun)) : NounText;

    /// <summary>The plural noun in the user's language.</summary>
    private string NounText => Word(Noun);

    /// <summary>
    /// A noun inside a sentence, looked up as "noun/…": resource names ignore case, so "instances" would
    /// collide with the title "Instances". Without a translation the noun stays as given.
    /// </summary>
    private string Word(string noun) => L["noun/" + noun] is { ResourceNotFound: false } found ? found.Value : noun;

    private RenderFragment DefaultEmpty => builder => builder.AddContent(0, L["No {0} yet.", NounText]);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && !_columnsRestored)
        {
            await RestoreColumnsAsync();
        }

        await FocusActiveRowAsync();
    }

    protected override void OnInitialized()
    {
        CreateRowHandlers();
        _refreshSubscription = Bus.Subscribe<RefreshRequested>(message =>
            message.Target is null || message.Target == Source ? InvokeAsync(() => LoadAsync(quiet: true)) : Task.CompletedTask);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != LoadKey)
        {
            _loadedFor = LoadKey;
            await LoadAsync(quiet: false);
        }
        else if (_filteredBy != Query)
        {
            ApplyQuery(resetPage: true);
        }
    }

    /// <summary>Loads again; the rows stay on screen meanwhile.</summary>
    /// <summary>The Reload button: drop any cached copy first (<see cref="BeforeReload"/>), so what comes back is the cloud's now.</summary>
    public async Task ReloadAsync()
    {
        if (BeforeReload is { } forget)
        {
            await forget(_leaving.Token);
        }

        await LoadAsync(quiet: State == TableState.Loaded);
    }

    private async Task LoadAsync(bool quiet)
    {
        if (quiet)
        {
            _reloading = true;
        }
        else
        {
            State = TableState.Loading;
        }

        StateHasChanged();
        try
        {
            _items = await Load(_leaving.Token);
            _index = Indexes.For(_items, Fields);
            _selected.IntersectWith(_items.Select(Key));
            State = TableState.Loaded;
            Error = null;
            ApplyQuery(resetPage: !quiet);
        }
        catch (CloudException error)
        {
            Error = error;
            State = TableState.Failed;
        }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            _reloading = false;
        }

        StateHasChanged();
        if (State == TableState.Loaded)
        {
            await Bus.PublishAsync(new ItemsLoaded<T>(_items, Source));
        }
    }

    private void ApplyQuery(bool resetPage)
    {
        _filteredBy = Query;
        _matches = Matches();
        _page = resetPage ? 0 : Math.Min(_page, PageCount - 1);
        if (resetPage)
        {
            _activeRow = 0;
        }
    }

    private void SortBy(int column)
    {
        _descending = _sortColumn == column && !_descending;
        _sortColumn = column;
        _matches = Matches();
        _page = 0;
        _activeRow = 0;
    }

    /// <summary>The rows the query and the sort give, shared with every circuit showing the same (never changed here).</summary>
    private int[] Matches()
    {
        if (_index is null)
        {
            return [];
        }

        if (_sortColumn < 0 || _sortColumn >= Columns.Count)
        {
            return _index.SharedMatches(Query);
        }

        var column = Columns[_sortColumn];
        var descending = _descending;
        var items = _index.Items;
        return _index.SharedMatches(Query, $"{column.Title}{(descending ? " desc" : " asc")}", matches =>
        {
            var sorted = (int[])matches.Clone();
            var keys = sorted.Select(i => column.SortValue(items[i])).ToArray();
            Array.Sort(keys, sorted, Comparer<IComparable?>.Create(CompareValues));
            if (descending)
            {
                Array.Reverse(sorted);
            }

            return sorted;
        });
    }

    private static int CompareValues(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => string.Compare(x, y, StringComparison.OrdinalIgnoreCase),
        _ => a.CompareTo(b),
    };


    private void GoTo(int page)
    {
        _page = Math.Clamp(page, 0, PageCount - 1);
        _activeRow = 0;
    }

    /// <summary>Only rows that stand out carry a class (a frame per row per render tree otherwise).</summary>
    private string? RowClass(string key) => (_selected.Contains(key), Highlighted?.Contains(key) == true) switch
    {
        (true, true) => "selected highlighted",
        (true, false) => "selected",
        (false, true) => "highlighted",
        _ => null,
    };

    private async Task ToggleAsync(string key)
    {
        if (!_selected.Remove(key))
        {
            _selected.Add(key);
        }

        await SelectionChanged.InvokeAsync(SelectedItems);
    }

    private async Task ToggleAllAsync()
    {
        if (AllSelected)
        {
            _selected.Clear();
        }
        else
        {
            _selected.UnionWith(_matches.Select(i => Key(_items[i])));
        }

        await SelectionChanged.InvokeAsync(SelectedItems);
    }

    /// <summary>Clears the selection (after a bulk action).</summary>
    public async Task ClearSelectionAsync()
    {
        _selected.Clear();
        await SelectionChanged.InvokeAsync([]);
        StateHasChanged();
    }

    public void Dispose()
    {
        _refreshSubscription?.Dispose();
        _leaving.Cancel();
        _leaving.Dispose();
        GC.SuppressFinalize(this);
    }
}
