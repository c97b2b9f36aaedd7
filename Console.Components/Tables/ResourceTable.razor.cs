using EucaConsole.Components.Lite;
using System.Globalization;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Layout;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace EucaConsole.Components.Tables;

/// <summary>
/// A view of a <see cref="ResourceList{T}"/>: its page of rows (never more than 200 in the DOM), the
/// sort, the pager, the selection boxes and the keyboard model, with the loading, empty and error states.
/// What the rows are (loading, query, sort, page, selection) is the list's; the table keeps only what is
/// the view's own: the hidden columns (remembered in the browser) and the row holding the tab stop.
/// </summary>
public partial class ResourceTable<T> : IDisposable
    where T : class
{
    private static readonly MarkupString ReloadIcon = Glyph.ButtonLabel(Icons.Material.Filled.Refresh, "small");

    private ResourceList<T>? _subscribed;
    private HashSet<string>? _hidden;
    private bool _columnsRestored;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>The list this table shows.</summary>
    [Parameter, EditorRequired] public ResourceList<T> List { get; set; } = default!;

    /// <summary>Plural noun for messages: "images", "instances".</summary>
    [Parameter] public string Noun { get; set; } = "items";

    private IReadOnlyList<TableColumn<T>> Columns => List.Columns;

    private Func<T, string> Key => List.Key;

    private IReadOnlyList<T> Items => List.Items;

    private int EffectivePageSize => List.PageSize;

    private int PageCount => List.PageCount;

    private int CurrentPage => List.Page;

    /// <summary>Column titles not shown: the browser's remembered choice, else the columns' defaults.</summary>
    private HashSet<string> Hidden => _hidden ??= [.. Columns.Where(c => c.HiddenByDefault).Select(c => c.Title)];


    private IReadOnlyList<string> ColumnTitles => _columnTitles ??= [.. Columns.Select(c => c.Title)];

    private IReadOnlyList<string>? _columnTitles;

    private EventCallback<string> _toggleColumn;
    private EventCallback<int> _sort;
    private EventCallback _toggleAll;
    private EventCallback<int> _goTo;

    private string SelectAllLabel => L["Select all {0} {1}", MatchCount, NounText];

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

    [Parameter] public EventCallback<T> OnRowClick { get; set; }

    /// <summary>Keys of rows to highlight (e.g. just launched).</summary>
    [Parameter] public IReadOnlySet<string>? Highlighted { get; set; }

    [Parameter] public RenderFragment? Toolbar { get; set; }

    [Parameter] public RenderFragment? EmptyContent { get; set; }

    private TableState State => List.State;

    private CloudException? Error => List.Error;

    private IEnumerable<int> PageIndexes => List.PageIndexes;

    private int MatchCount => List.Matches.Count;

    private string Summary => MatchCount == Items.Count
        ? string.Create(CultureInfo.CurrentCulture, $"{Items.Count:N0} {NounFor(Items.Count)}")
        : L["{0} of {1} {2}", MatchCount.ToString("N0", CultureInfo.CurrentCulture), Items.Count.ToString("N0", CultureInfo.CurrentCulture), NounFor(Items.Count)];

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

    protected override void OnInitialized() => CreateRowHandlers();

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_subscribed, List))
        {
            _subscribed?.Changed -= OnListChanged;
            _subscribed = List;
            List.Changed += OnListChanged;
        }
    }

    private void OnListChanged(ListChange change)
    {
        if (change is ListChange.Query or ListChange.Load)
        {
            _activeRow = Math.Min(_activeRow, Math.Max(0, List.RowsOnPage - 1));
            if (List.Page == 0 && change == ListChange.Query)
            {
                _activeRow = 0;
            }
        }

        _ = InvokeAsync(StateHasChanged);
    }

    /// <summary>The Reload button and Retry.</summary>
    private Task ReloadAsync() => List.ReloadAsync();

    private void SortBy(int column)
    {
        List.SortBy(column);
        _activeRow = 0;
    }

    private void GoTo(int page)
    {
        List.GoTo(page);
        _activeRow = 0;
    }

    /// <summary>Only rows that stand out carry a class (a frame per row per render tree otherwise).</summary>
    private string? RowClass(string key) => (List.IsSelected(key), Highlighted?.Contains(key) == true) switch
    {
        (true, true) => "selected highlighted",
        (true, false) => "selected",
        (false, true) => "highlighted",
        _ => null,
    };

    private void ToggleAll() => List.ToggleAll();

    public void Dispose()
    {
        _subscribed?.Changed -= OnListChanged;
        GC.SuppressFinalize(this);
    }
}
