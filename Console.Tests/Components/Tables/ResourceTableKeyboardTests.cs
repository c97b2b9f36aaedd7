using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace EucaConsole.Tests.Components.Tables;

/// <summary>The table's keyboard model: one tab stop, arrows, Home/End, pages, Enter opens, Space selects (or picks).</summary>
public sealed class ResourceTableKeyboardTests : BunitContext, IAsyncLifetime
{
    private sealed record Row(string Id, string Name);

    private static readonly SearchFields<Row> Fields = new SearchFields<Row>().Text("name", r => r.Name);

    private static readonly IReadOnlyList<TableColumn<Row>> Columns = [new("Name", r => r.Name), new("ID", r => r.Id) { Copyable = true }];

    private static IReadOnlyList<Row> Rows(int count) => [.. Enumerable.Range(0, count).Select(i => new Row($"r-{i:000}", $"row {i:000}"))];

    private readonly List<Row> _opened = [];

    public ResourceTableKeyboardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private IRenderedComponent<ResourceTable<Row>> RenderTable(int rows, bool selectable, IReadOnlySet<string>? picked = null, int pageSize = 50)
    {
        var table = Render<ResourceTable<Row>>(p => p
            .Add(t => t.List, this.ListOf(_ => Task.FromResult(Rows(rows)), r => r.Id, Fields, Columns, pageSize: pageSize))
            .Add(t => t.Noun, "rows").Add(t => t.Source, "rows")
            .Add(t => t.Selectable, selectable).Add(t => t.Highlighted, picked)
            .Add(t => t.OnRowClick, EventCallback.Factory.Create<Row>(this, row => _opened.Add(row))));
        table.WaitForAssertion(() => Assert.Equal(Math.Min(rows, pageSize), table.FindAll("tr[data-key]").Count));
        return table;
    }

    private static string[] TabStops(IRenderedComponent<ResourceTable<Row>> table) =>
        [.. table.FindAll("tr[data-key][tabindex='0']").Select(r => r.GetAttribute("data-key")!)];

    /// <summary>A key on the row holding the tab stop; waits until the table has handled it (and rendered).</summary>
    private static Task Press(IRenderedComponent<ResourceTable<Row>> table, string key) =>
        table.Find("tr[data-key][tabindex='0']").PressOnRowAsync(key);

    private int LastFocusedRowIndex() =>
        Convert.ToInt32(JSInterop.Invocations["eucaConsole.focusRow"][^1].Arguments[1], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_table_is_one_tab_stop_and_the_arrows_move_it_with_the_browser_focus()
    {
        var table = RenderTable(5, selectable: true);
        Assert.Equal(["r-000"], TabStops(table));
        Assert.All(table.FindAll("[data-testid=rt-select], .rt-copy"), control => Assert.Equal("-1", control.GetAttribute("tabindex")));

        await Press(table, "ArrowDown");
        await Press(table, "ArrowDown");
        Assert.Equal(["r-002"], TabStops(table));
        Assert.Equal(4, LastFocusedRowIndex());

        await Press(table, "ArrowUp");
        Assert.Equal(["r-001"], TabStops(table));
        Assert.Equal(3, LastFocusedRowIndex());
    }

    [Fact]
    public async Task Home_and_End_go_to_the_page_ends_and_the_arrows_go_on_to_the_next_and_previous_page()
    {
        var table = RenderTable(12, selectable: false, pageSize: 5);
        await Press(table, "End");
        Assert.Equal(["r-004"], TabStops(table));

        await Press(table, "ArrowDown");
        Assert.Equal("6–10 of 12", table.Find("[data-testid=rt-range]").TextContent);
        Assert.Equal(["r-005"], TabStops(table));
        Assert.Equal(7, LastFocusedRowIndex());

        await Press(table, "ArrowUp");
        Assert.Equal("1–5 of 12", table.Find("[data-testid=rt-range]").TextContent);
        Assert.Equal(["r-004"], TabStops(table));

        await Press(table, "Home");
        Assert.Equal(["r-000"], TabStops(table));
        await Press(table, "ArrowUp");
        Assert.Equal(["r-000"], TabStops(table));

        await Press(table, "PageDown");
        await Press(table, "PageDown");
        Assert.Equal("11–12 of 12", table.Find("[data-testid=rt-range]").TextContent);
        Assert.Equal(["r-010"], TabStops(table));
        await Press(table, "End");
        await Press(table, "ArrowDown");
        Assert.Equal(["r-011"], TabStops(table));
    }

    [Fact]
    public async Task Enter_opens_the_row_and_Space_toggles_its_selection()
    {
        var table = RenderTable(3, selectable: true);
        await Press(table, "ArrowDown");
        await Press(table, "Enter");
        Assert.Equal(["r-001"], _opened.Select(r => r.Id));

        await Press(table, " ");
        var row = table.Find("[data-key=r-001]");
        Assert.Equal("true", row.GetAttribute("aria-selected"));
        Assert.True(table.Find("[data-key=r-001] [data-testid=rt-select]").HasAttribute("checked"));
        Assert.Equal("false", table.Find("[data-key=r-000]").GetAttribute("aria-selected"));

        await Press(table, " ");
        Assert.Equal("false", table.Find("[data-key=r-001]").GetAttribute("aria-selected"));
        Assert.Single(_opened);
    }

    [Fact]
    public async Task A_rows_checkbox_selects_it_and_a_click_on_a_control_in_a_row_does_not_open_it()
    {
        var table = RenderTable(3, selectable: true);

        await table.Find("[data-key=r-002]").ToggleRowAsync();
        Assert.Equal("true", table.Find("[data-key=r-002]").GetAttribute("aria-selected"));
        Assert.True(table.Find("[data-key=r-002] [data-testid=rt-select]").HasAttribute("checked"));

        // The browser names no row for a click on a control inside one (Console.Components.lib.module.js).
        await table.Find("tbody").TriggerEventAsync("onrowclick", new RowEventArgs { RowKey = string.Empty });
        await table.Find("tbody").TriggerEventAsync("onrowclick", new RowEventArgs { RowKey = "r-999" });
        Assert.Empty(_opened);

        await table.Find("[data-key=r-002]").ClickRowAsync();
        Assert.Equal(["r-002"], _opened.Select(r => r.Id));
        Assert.Equal(["r-002"], TabStops(table));
    }

    [Fact]
    public void Rows_carry_no_handlers_of_their_own_and_their_cells_read_the_same_in_every_table_showing_them()
    {
        var first = RenderTable(5, selectable: true);
        var second = RenderTable(5, selectable: false);

        Assert.All(first.FindAll("tbody *"), element => Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("blazor:on", StringComparison.Ordinal)));
        Assert.Equal(
            first.FindAll("tr[data-key]").Select(r => string.Concat(r.Children.Where(c => !c.ClassList.Contains("rt-check")).Select(c => c.OuterHtml))),
            second.FindAll("tr[data-key]").Select(r => string.Concat(r.Children.Select(c => c.OuterHtml))));
        Assert.Equal("Copy r-000", first.Find("[data-key=r-000] .rt-copy").GetAttribute("aria-label"));
        Assert.Equal("r-000", first.Find("[data-key=r-000] .rt-copy").GetAttribute("data-copy"));
    }

    [Fact]
    public async Task In_a_picker_Space_and_Enter_pick_the_row_and_the_picked_row_is_announced_as_selected()
    {
        var table = RenderTable(3, selectable: false, picked: new HashSet<string> { "r-002" });
        Assert.Equal("true", table.Find("[data-key=r-002]").GetAttribute("aria-selected"));
        Assert.Equal("false", table.Find("[data-key=r-000]").GetAttribute("aria-selected"));

        await Press(table, " ");
        await Press(table, "End");
        await Press(table, "Enter");
        Assert.Equal(["r-000", "r-002"], _opened.Select(r => r.Id));
    }

    [Fact]
    public async Task Rows_carry_the_grid_pattern_row_numbers_across_pages()
    {
        var table = RenderTable(7, selectable: true, pageSize: 5);
        var grid = table.Find("table");
        Assert.Equal("grid", grid.GetAttribute("role"));
        Assert.Equal("8", grid.GetAttribute("aria-rowcount"));
        Assert.Equal("true", grid.GetAttribute("aria-multiselectable"));
        Assert.Equal("1", table.Find("thead tr").GetAttribute("aria-rowindex"));
        Assert.Equal(["2", "3", "4", "5", "6"], table.FindAll("tr[data-key]").Select(r => r.GetAttribute("aria-rowindex")));

        await table.Find("[data-testid=rt-next]").ClickAsync(new MouseEventArgs());
        Assert.Equal(["7", "8"], table.FindAll("tr[data-key]").Select(r => r.GetAttribute("aria-rowindex")));
        Assert.Equal(["r-005"], TabStops(table));
    }
}
