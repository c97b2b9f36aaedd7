using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Search;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Components.Tables;

public sealed class ResourceTableTests : BunitContext, IAsyncLifetime
{
    private sealed record Row(string Id, string Name, string Kind);

    private static readonly SearchFields<Row> Fields = new SearchFields<Row>().Facet("kind", r => r.Kind).Text("name", r => r.Name).Text("id", r => r.Id);

    private static readonly IReadOnlyList<TableColumn<Row>> Columns = [new("Name", r => r.Name), new("ID", r => r.Id) { Copyable = true }];

    private static IReadOnlyList<Row> Rows(int count) => [.. Enumerable.Range(0, count).Select(i => new Row($"r-{i:00000}", $"row {i:00000}", i % 3 == 0 ? "a" : "b"))];

    public ResourceTableTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private IRenderedComponent<ResourceTable<Row>> RenderTable(Func<CancellationToken, Task<IReadOnlyList<Row>>> load, SearchQuery? query = null, int pageSize = 50) =>
        Render<ResourceTable<Row>>(p => p
            .Add(t => t.List, this.ListOf(load, r => r.Id, Fields, Columns, query, pageSize))
            .Add(t => t.Noun, "rows").Add(t => t.Source, "rows").Add(t => t.Selectable, true));

    private static readonly IReadOnlyList<TableColumn<Row>> ColumnsWithHidden =
        [new("Name", r => r.Name), new("ID", r => r.Id), new("Kind", r => r.Kind) { HiddenByDefault = true }];

    private IRenderedComponent<ResourceTable<Row>> RenderWithHidden() => Render<ResourceTable<Row>>(p => p
        .Add(t => t.List, this.ListOf(_ => Task.FromResult(Rows(2)), r => r.Id, Fields, ColumnsWithHidden))
        .Add(t => t.Noun, "rows").Add(t => t.Source, "rows"));

    private static string[] Headers(IRenderedComponent<ResourceTable<Row>> table) =>
        [.. table.FindAll("th").Select(h => h.TextContent.Trim().TrimEnd('▲', '▼').Trim())];

    [Fact]
    public void A_cell_shows_the_clouds_text_as_text_never_as_markup()
    {
        // Plain cells are written as HTML shared by every circuit (RowShape): the text must be encoded.
        IReadOnlyList<Row> hostile = [new("r-1", "<img src=x onerror=alert(1)> & \"quoted\"", "a")];
        var table = RenderTable(_ => Task.FromResult(hostile));

        table.WaitForAssertion(() => Assert.Single(table.FindAll("tr[data-key]")));
        var cells = table.FindAll("tr[data-key] td");
        Assert.Contains(cells, c => c.TextContent == "<img src=x onerror=alert(1)> & \"quoted\"");
        Assert.Empty(table.FindAll("tr[data-key] img"));
    }

    [Fact]
    public void An_id_a_state_and_a_selection_label_from_the_cloud_stay_text_in_the_rows_markup()
    {
        const string Hostile = "<img src=x onerror=alert(1)>\"";
        var definition = new EucaConsole.Components.Pages.Compute.Instances().Definition;
        IReadOnlyList<EucaConsole.Domain.Compute.Instance> instances =
        [
            new(Hostile, Hostile, Hostile, "t3.micro", "ami-1", null, "us-east-1a", null, null, null, "ebs", null, null, [], null, null, false, []),
        ];
        var table = Render<ResourceTable<EucaConsole.Domain.Compute.Instance>>(p => p
            .Add(t => t.List, this.ListOf(_ => Task.FromResult(instances), i => i.Id, definition.Fields, definition.Columns))
            .Add(t => t.Noun, "instances").Add(t => t.Source, "instances").Add(t => t.Selectable, true));

        table.WaitForAssertion(() => Assert.Single(table.FindAll("tr[data-key]")));
        Assert.Empty(table.FindAll("tr[data-key] img"));
        Assert.Equal(Hostile, table.Find("[data-testid=instance-state]").TextContent);
        Assert.Equal(Hostile, table.Find(".rt-copy").GetAttribute("data-copy"));
        Assert.Equal($"Copy {Hostile}", table.Find(".rt-copy").GetAttribute("aria-label"));
        Assert.Equal($"Select {Hostile}", table.Find("[data-testid=rt-select]").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_column_hidden_by_default_can_be_shown_from_the_chooser_and_the_choice_is_remembered()
    {
        var table = RenderWithHidden();
        table.WaitForAssertion(() => Assert.Equal(["Name", "ID"], Headers(table)));

        // The chooser is a native disclosure: its options are in the page, the browser shows them.
        Assert.Equal(["true", "true", "false"], table.FindAll("[data-testid=rt-column-option]").Select(o => o.GetAttribute("aria-pressed")));
        table.FindAll("[data-testid=rt-column-option]")[2].Click();

        table.WaitForAssertion(() => Assert.Equal(["Name", "ID", "Kind"], Headers(table)));
        Assert.Equal("true", table.FindAll("[data-testid=rt-column-option]")[2].GetAttribute("aria-pressed"));
        var saved = JSInterop.VerifyInvoke("localStorage.setItem");
        Assert.Equal(["euca.columns.rows", "[]"], saved.Arguments.Select(a => a?.ToString()));
    }

    [Fact]
    public void A_remembered_choice_is_restored_and_an_unreadable_one_leaves_the_defaults()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "euca.columns.rows").SetResult("[\"ID\"]");
        var table = RenderWithHidden();
        table.WaitForAssertion(() => Assert.Equal(["Name", "Kind"], Headers(table)));
    }

    [Fact]
    public void The_reload_button_forgets_the_cached_copy_before_asking_again()
    {
        var order = new List<string>();
        var list = this.ListOf(_ => { order.Add("load"); return Task.FromResult(Rows(2)); }, r => r.Id, Fields, Columns,
            beforeReload: _ => { order.Add("forget"); return Task.CompletedTask; });
        var table = Render<ResourceTable<Row>>(p => p.Add(t => t.List, list).Add(t => t.Noun, "rows").Add(t => t.Source, "rows"));
        table.WaitForAssertion(() => Assert.Equal(["load"], order));

        table.Find("[data-testid=rt-reload]").Click();

        table.WaitForAssertion(() => Assert.Equal(["load", "forget", "load"], order));
    }

    [Fact]
    public void A_cached_list_says_how_old_it_is_and_a_fresh_one_says_nothing()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Services.AddSingleton<TimeProvider>(time);
        IRenderedComponent<ResourceTable<Row>> With(DateTimeOffset? asOf) => Render<ResourceTable<Row>>(p => p
            .Add(t => t.List, this.ListOf(_ => Task.FromResult(Rows(2)), r => r.Id, Fields, Columns))
            .Add(t => t.Noun, "rows").Add(t => t.Source, "rows").Add(t => t.AsOf, asOf));

        var old = With(time.GetUtcNow().AddMinutes(-3));
        var fresh = With(time.GetUtcNow().AddSeconds(-20));

        old.WaitForAssertion(() => Assert.Equal("as of 3 min ago", old.Find("[data-testid=rt-age]").TextContent));
        fresh.WaitForAssertion(() => Assert.NotEmpty(fresh.FindAll("[data-testid=rt-summary]")));
        Assert.Empty(fresh.FindAll("[data-testid=rt-age]"));
    }

    [Theory]
    [InlineData(1, "1 row")]
    [InlineData(2, "2 rows")]
    [InlineData(0, "0 rows")]
    public void The_count_says_one_row_or_several_rows(int count, string summary)
    {
        var table = RenderTable(_ => Task.FromResult(Rows(count)));

        table.WaitForAssertion(() => Assert.Equal(summary, table.Find("[data-testid=rt-summary]").TextContent));
    }

    [Fact]
    public void A_filtered_count_follows_the_whole_lists_number()
    {
        var table = RenderTable(_ => Task.FromResult(Rows(1)), new SearchQuery([new("kind", "b")], ""));

        table.WaitForAssertion(() => Assert.Equal("0 of 1 row", table.Find("[data-testid=rt-summary]").TextContent));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(1000)]
    public void Whatever_the_list_size_at_most_a_page_of_rows_is_in_the_dom(int pageSize)
    {
        var table = RenderTable(_ => Task.FromResult(Rows(100_000)), pageSize: pageSize);

        table.WaitForAssertion(() => Assert.NotEmpty(table.FindAll("tr[data-key]")));
        Assert.Equal(Math.Min(pageSize, EucaConsole.Components.Resources.ResourceList<Row>.MaxPageSize), table.FindAll("tr[data-key]").Count);
        Assert.Contains("100,000", table.Find("[data-testid=rt-range]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_query_filters_and_the_summary_says_how_many_match()
    {
        var table = RenderTable(_ => Task.FromResult(Rows(300)), new SearchQuery([new("kind", "a")], "row 000"));

        table.WaitForAssertion(() => Assert.Equal("34 of 300 rows", table.Find("[data-testid=rt-summary]").TextContent));
    }

    [Fact]
    public void Sorting_by_a_column_orders_the_rows_both_ways()
    {
        var table = RenderTable(_ => Task.FromResult(Rows(5)));
        table.WaitForAssertion(() => Assert.Equal(5, table.FindAll("tr[data-key]").Count));

        table.FindAll(".rt-sort")[0].Click();
        table.FindAll(".rt-sort")[0].Click();

        Assert.Equal("r-00004", table.FindAll("tr[data-key]")[0].GetAttribute("data-key"));
        Assert.Equal("descending", table.FindAll("th")[1].GetAttribute("aria-sort"));
    }

    [Fact]
    public void A_cloud_error_shows_code_text_and_endpoint_and_retry_loads_again()
    {
        var attempts = 0;
        var table = RenderTable(_ => ++attempts == 1
            ? throw new CloudException(CloudErrorKind.Service, CloudService.Compute, "DescribeThings", new Uri("http://ec2.test/"), "Rate exceeded", "Throttling", 400)
            : Task.FromResult(Rows(3)));

        var error = table.WaitForElement("[data-testid=rt-error]");
        Assert.Contains("Throttling", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rate exceeded", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("http://ec2.test/", error.TextContent, StringComparison.Ordinal);
        table.Find("[data-testid=rt-retry]").Click();

        table.WaitForAssertion(() => Assert.Equal(3, table.FindAll("tr[data-key]").Count));
    }

    [Fact]
    public void An_empty_list_says_so()
    {
        var table = RenderTable(_ => Task.FromResult<IReadOnlyList<Row>>([]));

        table.WaitForAssertion(() => Assert.Equal("No rows yet.", table.Find("[data-testid=rt-empty]").TextContent));
    }

    [Fact]
    public async Task A_refresh_of_its_list_shows_the_new_rows_with_the_old_ones_on_screen_meanwhile()
    {
        var loads = 0;
        var second = new TaskCompletionSource<IReadOnlyList<Row>>();
        var list = this.ListOf(_ => ++loads == 1 ? Task.FromResult(Rows(1)) : second.Task, r => r.Id, Fields, Columns);
        var table = Render<ResourceTable<Row>>(p => p.Add(t => t.List, list).Add(t => t.Noun, "rows").Add(t => t.Source, "rows"));
        table.WaitForAssertion(() => Assert.Single(table.FindAll("tr[data-key]")));

        var refreshing = table.InvokeAsync(list.RefreshAsync);
        table.WaitForAssertion(() => Assert.Equal("true", table.Find("[data-testid=resource-table]").GetAttribute("aria-busy")));
        Assert.Single(table.FindAll("tr[data-key]"));
        second.SetResult(Rows(2));
        await refreshing;

        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("tr[data-key]").Count));
        Assert.Equal("false", table.Find("[data-testid=resource-table]").GetAttribute("aria-busy"));
    }

    [Fact]
    public void Select_all_selects_the_matching_rows_only()
    {
        var list = this.ListOf(_ => Task.FromResult(Rows(9)), r => r.Id, Fields, Columns, new SearchQuery([new("kind", "a")], ""));
        var table = Render<ResourceTable<Row>>(p => p.Add(t => t.List, list).Add(t => t.Selectable, true));
        table.WaitForAssertion(() => Assert.Equal(3, table.FindAll("tr[data-key]").Count));

        table.Find("[data-testid=rt-select-all]").Change(true);

        Assert.Equal(["r-00000", "r-00003", "r-00006"], list.Selection.Select(r => r.Id));
        table.WaitForAssertion(() => Assert.Equal(3, table.FindAll("tr.selected").Count));
    }

    [Fact]
    public async Task A_disposed_table_no_longer_renders_when_its_list_changes()
    {
        var list = this.ListOf(_ => Task.FromResult(Rows(3)), r => r.Id, Fields, Columns);
        var table = Render<ResourceTable<Row>>(p => p.Add(t => t.List, list).Add(t => t.Selectable, true));
        table.WaitForAssertion(() => Assert.Equal(3, table.FindAll("tr[data-key]").Count));
        var renders = table.RenderCount;

        await table.InvokeAsync(() => DisposeComponentsAsync());
        await table.InvokeAsync(() => list.ToggleAll());
        await table.InvokeAsync(list.RefreshAsync);

        Assert.Equal(renders, table.RenderCount);
    }
}
