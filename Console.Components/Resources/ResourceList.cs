using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Resources;

/// <summary>
/// One list's state, owned by its page: loading (and the cloud's error), the items and their shared
/// search index, the query, the sort, the page of rows, the selection. The search bar and the table are
/// views of it: they read it and call it, and <see cref="Changed"/> tells the owner to render.
/// Held once per circuit: the items and the index are the process's shared copies (<see cref="SearchIndexes"/>);
/// the list keeps only its query, the matching row numbers (shared too) and the selected keys.
/// </summary>
public sealed class ResourceList<T> : IDisposable
    where T : class
{
    public const int MaxPageSize = 200;

    private readonly SearchIndexes _indexes;
    private readonly Func<CancellationToken, Task<IReadOnlyList<T>>> _load;
    private readonly CancellationTokenSource _leaving = new();
    private readonly HashSet<string> _selected = new(StringComparer.Ordinal);
    private int _loadNumber;
    private bool _loadedOnce;
    private string? _loadedFor;
    private bool _disposed;

    public ResourceList(SearchIndexes indexes, Func<CancellationToken, Task<IReadOnlyList<T>>> load, Func<T, string> key,
        SearchFields<T> fields, IReadOnlyList<TableColumn<T>> columns, int pageSize = 50)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(columns);
        _indexes = indexes;
        _load = load;
        Key = key;
        Fields = fields;
        Columns = columns;
        PageSize = Math.Clamp(pageSize, 1, MaxPageSize);
    }

    /// <summary>Something shown changed, and what: the table renders on every change, its page on all but <see cref="ListChange.Rows"/>.</summary>
    public event Action<ListChange>? Changed;

    public Func<T, string> Key { get; }

    public SearchFields<T> Fields { get; }

    public IReadOnlyList<TableColumn<T>> Columns { get; }

    public int PageSize { get; }

    /// <summary>Run before the Reload button loads: e.g. forget a cached copy, so what comes back is the cloud's now.</summary>
    public Func<CancellationToken, Task>? BeforeReload { get; init; }

    /// <summary>After each load, before the owner renders (the detail shows the fresh record, options are counted).</summary>
    public Func<IReadOnlyList<T>, Task>? Loaded { get; init; }

    public TableState State { get; private set; } = TableState.Loading;

    /// <summary>The cloud's error when the last load failed.</summary>
    public CloudException? Error { get; private set; }

    /// <summary>A load with the rows kept on screen (a refresh) is under way.</summary>
    public bool Reloading { get; private set; }

    public IReadOnlyList<T> Items { get; private set; } = [];

    public SearchIndex<T>? Index { get; private set; }

    public SearchQuery Query { get; private set; } = SearchQuery.Empty;

    /// <summary>Positions in <see cref="Items"/> matching the query, in display order (shared: never changed).</summary>
    public IReadOnlyList<int> Matches { get; private set; } = [];

    public int SortColumn { get; private set; } = -1;

    public bool Descending { get; private set; }

    /// <summary>The page of rows shown (from 0).</summary>
    public int Page { get; private set; }

    public int PageCount => Math.Max(1, (Matches.Count + PageSize - 1) / PageSize);

    public IEnumerable<int> PageIndexes => Matches.Skip(Page * PageSize).Take(PageSize);

    public int RowsOnPage => Math.Max(0, Math.Min(PageSize, Matches.Count - (Page * PageSize)));

    public IEnumerable<T> MatchingItems => Matches.Select(i => Items[i]);

    public IReadOnlyList<T> Selection { get; private set; } = [];

    public bool IsSelected(string key) => _selected.Contains(key);

    public bool AllSelected => Matches.Count > 0 && Matches.All(i => _selected.Contains(Key(Items[i])));

    /// <summary>Loads when <paramref name="loadKey"/> (what the cloud is asked for) differs from the last load's.</summary>
    public Task LoadForAsync(string loadKey)
    {
        if (_loadedFor == loadKey)
        {
            return Task.CompletedTask;
        }

        _loadedFor = loadKey;
        return LoadAsync(quiet: false);
    }

    /// <summary>Loads again with the rows kept on screen (after a change, or while something changes by itself).</summary>
    public Task RefreshAsync() => LoadAsync(quiet: _loadedOnce);

    /// <summary>The Reload button: <see cref="BeforeReload"/> first, then a load.</summary>
    public async Task ReloadAsync()
    {
        if (BeforeReload is { } forget)
        {
            await forget(_leaving.Token);
        }

        await LoadAsync(quiet: State == TableState.Loaded);
    }

    public void Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query == Query)
        {
            return;
        }

        Query = query;
        Matches = Match();
        Page = 0;
        Changed?.Invoke(ListChange.Query);
    }

    /// <summary>Sorts by a column; the same column again reverses the order.</summary>
    public void SortBy(int column)
    {
        Descending = SortColumn == column && !Descending;
        SortColumn = column;
        Matches = Match();
        Page = 0;
        Changed?.Invoke(ListChange.Rows);
    }

    public void GoTo(int page)
    {
        Page = Math.Clamp(page, 0, PageCount - 1);
        Changed?.Invoke(ListChange.Rows);
    }

    public void Toggle(string key)
    {
        if (!_selected.Remove(key))
        {
            _selected.Add(key);
        }

        SelectionChangedTo();
    }

    /// <summary>All rows matching the query become selected, or, when they all are, none.</summary>
    public void ToggleAll()
    {
        if (AllSelected)
        {
            _selected.Clear();
        }
        else
        {
            _selected.UnionWith(Matches.Select(i => Key(Items[i])));
        }

        SelectionChangedTo();
    }

    public void ClearSelection()
    {
        _selected.Clear();
        SelectionChangedTo();
    }

    private void SelectionChangedTo()
    {
        Selection = [.. Items.Where(i => _selected.Contains(Key(i)))];
        Changed?.Invoke(ListChange.Selection);
    }

    /// <summary>
    /// One load; a newer one started meanwhile wins (an older answer arriving last is dropped, so a slow
    /// refresh never puts back a list older than the one shown).
    /// </summary>
    private async Task LoadAsync(bool quiet)
    {
        if (_disposed)
        {
            return;
        }

        var number = ++_loadNumber;
        if (quiet)
        {
            Reloading = true;
        }
        else
        {
            State = TableState.Loading;
        }

        Changed?.Invoke(ListChange.Load);
        IReadOnlyList<T> items;
        try
        {
            items = await _load(_leaving.Token);
        }
        catch (CloudException error) when (number == _loadNumber)
        {
            Error = error;
            State = TableState.Failed;
            Reloading = false;
            Changed?.Invoke(ListChange.Load);
            return;
        }
        catch (Exception) when (number != _loadNumber || _leaving.IsCancellationRequested)
        {
            return; // a newer load took over, or the page is gone
        }

        if (number != _loadNumber || _disposed)
        {
            return;
        }

        Items = items;
        Index = _indexes.For(items, Fields);
        _selected.IntersectWith(items.Select(Key));
        Selection = [.. items.Where(i => _selected.Contains(Key(i)))];
        Matches = Match();
        Page = quiet ? Math.Min(Page, PageCount - 1) : 0;
        State = TableState.Loaded;
        Error = null;
        Reloading = false;
        _loadedOnce = true;
        if (Loaded is { } loaded)
        {
            await loaded(items);
        }

        Changed?.Invoke(ListChange.Load);
    }

    /// <summary>The rows the query and the sort give, shared with every circuit showing the same.</summary>
    private int[] Match()
    {
        if (Index is not { } index)
        {
            return [];
        }

        if (SortColumn < 0 || SortColumn >= Columns.Count)
        {
            return index.SharedMatches(Query);
        }

        var column = Columns[SortColumn];
        var descending = Descending;
        var items = index.Items;
        return index.SharedMatches(Query, $"{column.Title}{(descending ? " desc" : " asc")}", matches =>
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

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Changed = null;
        _leaving.Cancel();
        _leaving.Dispose();
    }
}
