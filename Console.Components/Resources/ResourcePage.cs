using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Localization;
using EucaConsole.Components.Navigation;
using EucaConsole.Components.Pages.Compute;
using EucaConsole.Components.Search;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EucaConsole.Components.Resources;

/// <summary>
/// The scaffold every resource list page shares: its <see cref="ResourceList{T}"/> (loading, query,
/// sort, paging, selection; the search bar and the table are views of it), the search bar's options
/// and counts, the detail addressed by URL, one refresh loop while anything is changing state, and
/// changes run through <see cref="CloudCommands"/>.
/// A page derives from it, names its <see cref="Definition"/>, loads its items, and renders
/// <see cref="ResourceView{T}"/> with its own actions and detail.
/// </summary>
public abstract class ResourcePage<T> : ComponentBase, IDisposable
    where T : class
{
    private readonly CancellationTokenSource _leaving = new();
    private readonly RefreshSchedule _schedule = new();
    private CancellationTokenSource? _pendingRefresh;
    private bool _disposed;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Inject] protected SearchIndexes Indexes { get; set; } = default!;

    [Inject] protected IDialogService Dialogs { get; set; } = default!;

    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    [Inject] protected CloudCommands Commands { get; set; } = default!;

    [Inject] protected IStringLocalizer<ConsoleText> L { get; set; } = default!;

    [Inject] protected TimeProvider Time { get; set; } = default!;

    public abstract ResourceDefinition<T> Definition { get; }

    /// <summary>The list's state: the table and the search bar show it.</summary>
    public ResourceList<T> List { get; private set; } = default!;

    public SearchQuery Query => List.Query;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? Counts { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetOption>>? DataOptions { get; private set; }

    public DetailRoute<T> Route { get; private set; } = default!;

    public IReadOnlyList<T> Selection => List.Selection;

    /// <summary>What the list loaded last.</summary>
    public IReadOnlyList<T> Items => List.Items;

    /// <summary>Rows to highlight (just made).</summary>
    public IReadOnlySet<string>? Highlighted { get; protected set; }

    /// <summary>The table's key for the cloud query behind the list (a change reloads it).</summary>
    public virtual string LoadKey => string.Empty;

    /// <summary>When the list shown was fetched, if it came from a cache.</summary>
    public DateTimeOffset? AsOf { get; protected set; }

    public virtual bool Selectable => false;

    /// <summary>The key in the page's route (<c>/volumes/{key}</c>); null shows the list alone.</summary>
    public abstract string? DetailKey { get; }

    protected SearchIndex<T>? Index => List.Index;

    /// <summary>Cancelled when the user leaves the page.</summary>
    protected CancellationToken Leaving => _leaving.Token;

    internal MagicSearch? Search { get; set; }

    public abstract Task<IReadOnlyList<T>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Runs before the table's Reload button loads (a page whose list is cached forgets its copy here).</summary>
    public virtual Task BeforeReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual bool HasBeforeReload => false;

    /// <summary>The item a URL names when the loaded list does not hold it; null when there is no such item.</summary>
    protected virtual Task<T?> FindAsync(string key, CancellationToken cancellationToken) => Task.FromResult<T?>(null);

    /// <summary>The search bar's options for the data facets: the values found, sorted.</summary>
    protected virtual Dictionary<string, IReadOnlyList<FacetOption>> OptionsFor(SearchIndex<T> index) =>
        Definition.DataFacets.ToDictionary(f => f,
            f => (IReadOnlyList<FacetOption>)[.. index.Values(f).Order(StringComparer.Ordinal).Take(200).Select(v => new FacetOption(v, v))]);

    protected virtual IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> CountsFor(SearchIndex<T> index, SearchQuery query) =>
        index.Counts(query);

    /// <summary>An item in a state that will change by itself soon (creating, attaching): the list looks again until none is.</summary>
    protected virtual bool IsChanging(T item) => false;

    /// <summary>After each load, on the circuit's context, before the page renders.</summary>
    protected virtual Task OnItemsLoadedAsync(IReadOnlyList<T> items) => Task.CompletedTask;

    protected override void OnInitialized()
    {
        Route = new DetailRoute<T>(Definition.Path, Definition.Key, FindAsync);
        List = new ResourceList<T>(Indexes, LoadAsync, Definition.Key, Definition.Fields, Definition.Columns, Definition.PageSize)
        {
            BeforeReload = HasBeforeReload ? BeforeReloadAsync : null,
            Loaded = ItemsLoadedAsync,
        };
        List.Changed += ListChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        var loading = List.LoadForAsync(LoadKey);
        await Route.ShowAsync(DetailKey);
        await loading;
    }

    /// <summary>The search bar's query; a query that changes what the cloud is asked for (<see cref="LoadKey"/>) loads again.</summary>
    public virtual Task QueryChangedAsync(SearchQuery query)
    {
        List.Search(query);
        return List.LoadForAsync(LoadKey);
    }

    private async Task ItemsLoadedAsync(IReadOnlyList<T> items)
    {
        DataOptions = OptionsFor(List.Index!);
        Counts = CountsFor(List.Index!, Query);
        LookAgainWhileChanging(items);
        await OnItemsLoadedAsync(items);
        await Route.LoadedAsync(items);
    }

    /// <summary>Paging and sorting are the table's alone; anything else shows on the page too (bulk actions, counts, the detail).</summary>
    private void ListChanged(ListChange change)
    {
        if (change == ListChange.Query)
        {
            Counts = Index is null ? null : CountsFor(Index, Query);
        }

        if (change != ListChange.Rows)
        {
            _ = InvokeAsync(StateHasChanged);
        }
    }

    public void Open(T item)
    {
        // The search typed in the last moments may not be in the address yet (it is written after a
        // pause): put it there first, so Back from the detail returns to the list as it was, and drop
        // the search's own late write, which would land after this navigation and undo it.
        Search?.DropPendingUrlWrite();
        var list = UrlState.Write(Navigation, Query);
        if (list != Navigation.Uri)
        {
            Navigation.NavigateTo(list, replace: true);
        }

        Navigation.NavigateTo(Route.OpenUrl(Navigation, item, Query));
    }

    public virtual void CloseDetail() => Navigation.NavigateTo(Route.CloseUrl(Navigation, Query));

    /// <summary>Has the list load again (after a change; the cloud is asked).</summary>
    protected Task RefreshAsync()
    {
        _schedule.Reset();
        return List.RefreshAsync();
    }

    protected Task<bool> ConfirmAsync(string title, string message, IReadOnlyList<string> items, string verb) =>
        ConfirmDialog.AskAsync(Dialogs, title, message, items, verb);

    /// <summary>
    /// Runs a change against the cloud: on success says <paramref name="done"/> and reloads the list;
    /// on a cloud error shows its code and text until dismissed. True when the change was made.
    /// </summary>
    protected async Task<bool> RunAsync(string done, Func<CancellationToken, Task> change, bool refresh = true)
    {
        if (!await Commands.RunAsync(done, change))
        {
            return false;
        }

        if (_disposed)
        {
            return true;
        }

        List.ClearSelection();

        if (refresh)
        {
            await RefreshAsync();
        }

        return true;
    }

    /// <summary>The tag editor for one taggable resource; the changes are written with <paramref name="basics"/>.</summary>
    protected async Task EditTagsAsync(IComputeBasics basics, string resourceId, string label, IReadOnlyList<Tag> current)
    {
        ArgumentNullException.ThrowIfNull(basics);
        var reference = await Dialogs.ShowAsync<TagEditorDialog>($"Tags of {label}", new DialogParameters<TagEditorDialog>
        {
            { d => d.ResourceId, resourceId },
            { d => d.Tags, current },
        }, DialogSizes.Medium);
        if (await reference.Result is not { Canceled: false, Data: IReadOnlyList<Tag> tags })
        {
            return;
        }

        var changes = TagChanges.Between(current, tags);
        if (changes.IsEmpty)
        {
            return;
        }

        await RunAsync(L["Tags of {0} saved", resourceId], async ct =>
        {
            if (changes.Removed.Count > 0)
            {
                await basics.DeleteTagsAsync([resourceId], changes.Removed, ct);
            }

            if (changes.Written.Count > 0)
            {
                await basics.CreateTagsAsync([resourceId], changes.Written, ct);
            }
        });
    }

    /// <summary>One loop per page: each load cancels the pending look and, while anything is changing, schedules the next.</summary>
    private void LookAgainWhileChanging(IReadOnlyList<T> items)
    {
        _pendingRefresh?.Cancel();
        _pendingRefresh?.Dispose();
        _pendingRefresh = null;
        if (_disposed || !items.Any(IsChanging))
        {
            _schedule.Reset();
            return;
        }

        var pending = CancellationTokenSource.CreateLinkedTokenSource(_leaving.Token);
        _pendingRefresh = pending;
        _ = LookAgainAsync(_schedule.Next(), pending.Token);
    }

    private async Task LookAgainAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, Time, cancellationToken);
            await InvokeAsync(List.RefreshAsync);
        }
        catch (OperationCanceledException)
        {
            // Left the page, or a newer load took over.
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            return;
        }

        _disposed = true;
        List?.Changed -= ListChanged; // null when the page failed before it initialized
        List?.Dispose();
        Route?.Dispose(); // null when the page failed before it initialized
        _pendingRefresh?.Cancel();
        _pendingRefresh?.Dispose();
        _leaving.Cancel();
        _leaving.Dispose();
    }
}
