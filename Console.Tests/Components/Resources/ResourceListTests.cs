using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Search;

namespace EucaConsole.Tests.Components.Resources;

/// <summary>The list state a page owns: loading, query, sort, paging, selection, and which answer wins.</summary>
public sealed class ResourceListTests
{
    private sealed record Row(string Id, string Kind);

    private static readonly SearchFields<Row> Fields = new SearchFields<Row>().Facet("kind", r => r.Kind).Text("id", r => r.Id);

    private static readonly IReadOnlyList<TableColumn<Row>> Columns = [new("ID", r => r.Id)];

    private static IReadOnlyList<Row> Rows(int count, string prefix = "r") =>
        [.. Enumerable.Range(0, count).Select(i => new Row($"{prefix}-{i:000}", i % 2 == 0 ? "even" : "odd"))];

    private static ResourceList<Row> ListOf(Func<CancellationToken, Task<IReadOnlyList<Row>>> load, int pageSize = 50) =>
        new(new SearchIndexes(), load, r => r.Id, Fields, Columns, pageSize);

    [Fact]
    public async Task An_older_load_answering_after_a_newer_one_does_not_replace_what_the_newer_one_showed()
    {
        var slow = new TaskCompletionSource<IReadOnlyList<Row>>();
        var calls = 0;
        using var list = ListOf(_ => ++calls == 1 ? slow.Task : Task.FromResult(Rows(2, "new")));

        var first = list.LoadForAsync("owned");
        await list.LoadForAsync("anyone");
        slow.SetResult(Rows(5, "old"));
        await first;

        Assert.Equal(["new-000", "new-001"], list.Items.Select(r => r.Id));
        Assert.Equal(TableState.Loaded, list.State);
    }

    [Fact]
    public async Task The_same_load_key_does_not_ask_again_and_a_new_one_does()
    {
        var calls = 0;
        using var list = ListOf(_ => { calls++; return Task.FromResult(Rows(1)); });

        await list.LoadForAsync("owned");
        await list.LoadForAsync("owned");
        Assert.Equal(1, calls);
        await list.LoadForAsync("anyone");
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_query_filters_and_goes_back_to_the_first_page_and_a_refresh_keeps_the_page()
    {
        using var list = ListOf(_ => Task.FromResult(Rows(100)), pageSize: 10);
        await list.LoadForAsync(string.Empty);
        list.GoTo(3);
        await list.RefreshAsync();
        Assert.Equal(3, list.Page);

        list.Search(new SearchQuery([new("kind", "odd")], string.Empty));

        Assert.Equal(0, list.Page);
        Assert.Equal(50, list.Matches.Count);
        Assert.Equal(5, list.PageCount);
        Assert.All(list.MatchingItems, r => Assert.Equal("odd", r.Kind));
    }

    [Fact]
    public async Task The_selection_survives_a_reload_for_the_rows_still_there_only()
    {
        var calls = 0;
        using var list = ListOf(_ => Task.FromResult(++calls == 1 ? Rows(4) : Rows(2)));
        await list.LoadForAsync(string.Empty);
        list.Toggle("r-001");
        list.Toggle("r-003");

        await list.RefreshAsync();

        Assert.Equal(["r-001"], list.Selection.Select(r => r.Id));
        Assert.False(list.IsSelected("r-003"));
    }

    [Fact]
    public async Task Select_all_takes_the_matching_rows_and_again_clears_them()
    {
        using var list = ListOf(_ => Task.FromResult(Rows(6)));
        await list.LoadForAsync(string.Empty);
        list.Search(new SearchQuery([new("kind", "even")], string.Empty));

        list.ToggleAll();
        Assert.Equal(["r-000", "r-002", "r-004"], list.Selection.Select(r => r.Id));
        Assert.True(list.AllSelected);
        list.ToggleAll();
        Assert.Empty(list.Selection);
    }

    [Fact]
    public async Task A_cloud_error_is_kept_with_the_failed_state_and_the_next_load_clears_it()
    {
        var calls = 0;
        var error = new CloudException(CloudErrorKind.Service, CloudService.Compute, "DescribeThings", new Uri("http://ec2.test/"), "Rate exceeded", "Throttling", 400);
        using var list = ListOf(_ => ++calls == 1 ? throw error : Task.FromResult(Rows(1)));

        await list.LoadForAsync(string.Empty);
        Assert.Equal(TableState.Failed, list.State);
        Assert.Same(error, list.Error);

        await list.ReloadAsync();
        Assert.Equal(TableState.Loaded, list.State);
        Assert.Null(list.Error);
    }

    [Fact]
    public async Task Paging_and_sorting_are_announced_as_rows_only_and_the_rest_as_what_they_are()
    {
        using var list = ListOf(_ => Task.FromResult(Rows(120)));
        var changes = new List<ListChange>();
        list.Changed += changes.Add;

        await list.LoadForAsync(string.Empty);
        list.GoTo(1);
        list.SortBy(0);
        list.Toggle("r-000");
        list.Search(new SearchQuery([], "r-01"));

        Assert.Equal([ListChange.Load, ListChange.Load, ListChange.Rows, ListChange.Rows, ListChange.Selection, ListChange.Query], changes);
    }

    [Fact]
    public async Task A_disposed_list_stops_its_load_and_changes_nothing_after()
    {
        var cancelled = false;
        var pending = new TaskCompletionSource<IReadOnlyList<Row>>();
        var list = ListOf(async ct =>
        {
            using var registration = ct.Register(() => { cancelled = true; pending.TrySetCanceled(ct); });
            return await pending.Task;
        });

        var loading = list.LoadForAsync(string.Empty);
        list.Dispose();
        await loading;

        Assert.True(cancelled);
        Assert.Empty(list.Items);
    }
}
