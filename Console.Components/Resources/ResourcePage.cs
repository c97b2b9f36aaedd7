using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Events;
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
/// The scaffold every resource list page shares: the loaded items indexed for the search bar (options
/// and counts), the detail addressed by URL, the selection, one refresh loop while anything is changing
/// state, and changes run with their outcome (or the cloud's error, code and text) said in a snackbar.
/// A page derives from it, names its <see cref="Definition"/>, loads its items, and renders
/// <see cref="ResourceView{T}"/> with its own actions and detail.
/// </summary>
public abstract class ResourcePage<T> : ComponentBase, IDisposable
    where T : class
{
    private readonly CancellationTokenSource _leaving = new();
    private readonly RefreshSchedule _schedule = new();
    private IDisposable? _loadedSubscription;
    private CancellationTokenSource? _pendingRefresh;
    private bool _disposed;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Inject] protected EventBus Bus { get; set; } = default!;

    [Inject] protected SearchIndexes Indexes { get; set; } = default!;

    [Inject] protected IDialogService Dialogs { get; set; } = default!;

    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    [Inject] protected CloudCommands Commands { get; set; } = default!;

    [Inject] protected IStringLocalizer<ConsoleText> L { get; set; } = default!;

    [Inject] protected TimeProvider Time { get; set; } = default!;

    public abstract ResourceDefinition<T> Definition { get; }

    public SearchQuery Query { get; private set; } = SearchQuery.Empty;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? Counts { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetOption>>? DataOptions { get; private set; }

    public DetailRoute<T> Route { get; private set; } = default!;

    public IReadOnlyList<T> Selection { get; private set; } = [];

    /// <summary>What the table loaded last.</summary>
    public IReadOnlyList<T> Items { get; private set; } = [];

    /// <summary>Rows to highlight (just made).</summary>
    public IReadOnlySet<string>? Highlighted { get; protected set; }

    /// <summary>The table's key for the cloud query behind the list (a change reloads it).</summary>
    public virtual string LoadKey => string.Empty;

    /// <summary>When the list shown was fetched, if it came from a cache.</summary>
    public DateTimeOffset? AsOf { get; protected set; }

    public virtual bool Selectable => false;

    /// <summary>The key in the page's route (<c>/volumes/{key}</c>); null shows the list alone.</summary>
    public abstract string? DetailKey { get; }

    protected SearchIndex<T>? Index { get; private set; }

    /// <summary>Cancelled when the user leaves the page.</summary>
    protected CancellationToken Leaving => _leaving.Token;

    internal ResourceTable<T>? Table { get; set; }

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
        _loadedSubscription = Bus.Subscribe<ItemsLoaded<T>>(loaded =>
        {
            if (loaded.Source != Definition.Source)
            {
                return Task.CompletedTask;
            }

            return InvokeAsync(async () =>
            {
                Items = loaded.Items;
                Index = Indexes.For(loaded.Items, Definition.Fields);
                DataOptions = OptionsFor(Index);
                Counts = CountsFor(Index, Query);
                var keys = Selection.Select(Definition.Key).ToHashSet(StringComparer.Ordinal);
                Selection = [.. loaded.Items.Where(i => keys.Contains(Definition.Key(i)))];
                LookAgainWhileChanging(loaded.Items);
                await OnItemsLoadedAsync(loaded.Items);
                await Route.LoadedAsync(loaded.Items);
                StateHasChanged();
            });
        });
    }

    protected override Task OnParametersSetAsync() => Route.ShowAsync(DetailKey);

    public virtual Task QueryChangedAsync(SearchQuery query)
    {
        Query = query;
        Counts = Index is null ? null : CountsFor(Index, query);
        return Task.CompletedTask;
    }

    public void SelectionChanged(IReadOnlyList<T> selection) => Selection = selection;

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

    /// <summary>Has the table load again (after a change; the cloud is asked).</summary>
    protected async Task RefreshAsync()
    {
        _schedule.Reset();
        await Bus.PublishAsync(new RefreshRequested(Definition.Source));
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

        if (Table is not null)
        {
            await Table.ClearSelectionAsync();
        }

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
        }, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
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
            await InvokeAsync(() => Bus.PublishAsync(new RefreshRequested(Definition.Source)));
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
        _loadedSubscription?.Dispose();
        Route?.Dispose(); // null when the page failed before it initialized
        _pendingRefresh?.Cancel();
        _pendingRefresh?.Dispose();
        _leaving.Cancel();
        _leaving.Dispose();
    }
}
