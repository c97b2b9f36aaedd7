using System.Globalization;
using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Search;

namespace EucaConsole.Tests.Components.Tables;

/// <summary>The table's own words and numbers follow the circuit's culture; a word without a translation stays English.</summary>
public sealed class ResourceTableLanguageTests : BunitContext, IAsyncLifetime
{
    private sealed record Row(string Id, string Name);

    private static readonly SearchFields<Row> Fields = new SearchFields<Row>().Text("name", r => r.Name);

    private static readonly IReadOnlyList<TableColumn<Row>> Columns = [new("Name", r => r.Name), new("Widget", r => r.Id)];

    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public ResourceTableLanguageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        return base.DisposeAsync().AsTask();
    }

    [Fact]
    public void In_Spanish_the_summary_range_and_headers_are_Spanish_with_Spanish_digit_grouping()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-ES");
        IReadOnlyList<Row> rows = [.. Enumerable.Range(0, 12_345).Select(i => new Row($"r-{i}", $"row {i}"))];
        var table = Render<ResourceTable<Row>>(p => p
            .Add(t => t.List, this.ListOf(_ => Task.FromResult(rows), r => r.Id, Fields, Columns))
            .Add(t => t.Noun, "instances").Add(t => t.Source, "rows"));

        table.WaitForAssertion(() => Assert.Equal("12.345 instancias", table.Find("[data-testid=rt-summary]").TextContent));
        Assert.Equal("1–50 de 12.345", table.Find("[data-testid=rt-range]").TextContent);
        Assert.Equal(["Nombre", "Widget"], table.FindAll("th").Select(h => h.TextContent.Trim()));
        Assert.Equal("Página siguiente", table.Find("[data-testid=rt-next]").GetAttribute("aria-label"));
    }
}
