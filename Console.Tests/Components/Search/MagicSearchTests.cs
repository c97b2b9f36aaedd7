using Bunit;
using Bunit.TestDoubles;
using EucaConsole.Components.Search;
using EucaConsole.Domain.Search;
using EucaConsole.Tests.Domain.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace EucaConsole.Tests.Components.Search;

public sealed class MagicSearchTests : BunitContext, IAsyncLifetime
{
    private static readonly string[] PostFilterKeys = ["architecture", "description", "id", "name", "owner_alias", "platform_name", "root_device_type", "tagged_name"];
    private readonly List<string> _updates = [];
    private readonly List<TextSearch> _texts = [];
    private SearchQuery _query = SearchQuery.Empty;
    private readonly FakeTimeProvider _time = new();

    public MagicSearchTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(_time);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private IRenderedComponent<MagicSearch> RenderSearch(Action<ComponentParameterCollectionBuilder<MagicSearch>>? more = null) =>
        Render<MagicSearch>(p =>
        {
            p.Add(s => s.FacetsJson, FacetReaderTests.PostFacets)
             .Add(s => s.FilterKeys, PostFilterKeys)
             .Add(s => s.OnSearchUpdated, fragment => _updates.Add(fragment))
             .Add(s => s.OnTextSearch, text => _texts.Add(text))
             .Add(s => s.QueryChanged, query => _query = query);
            more?.Invoke(p);
        });

    // Each waits for its handler to finish: the handler may yield (a pending address write is cancelled), and the next key must see its result.
    private static void Key(IRenderedComponent<MagicSearch> search, string key) =>
        search.Find("[data-testid=ms-input]").KeyDownAsync(new KeyboardEventArgs { Key = key }).GetAwaiter().GetResult();

    private static void Type(IRenderedComponent<MagicSearch> search, string text) =>
        search.Find("[data-testid=ms-input]").InputAsync(new ChangeEventArgs { Value = text }).GetAwaiter().GetResult();

    private static string[] Options(IRenderedComponent<MagicSearch> search) =>
        [.. search.FindAll("[data-testid=ms-option] span:first-child").Select(o => o.TextContent)];

    [Fact]
    public void The_posts_facets_are_offered_when_the_input_gets_focus()
    {
        var search = RenderSearch();

        search.Find("[data-testid=ms-input]").Focus();

        Assert.Equal(["Images owned by", "Platform", "Architecture"], Options(search));
        Assert.Equal("true", search.Find("[data-testid=ms-input]").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void Typing_narrows_the_facets_and_fires_a_text_search_with_the_filter_keys()
    {
        var search = RenderSearch();

        Type(search, "arch");

        Assert.Equal(["Architecture"], Options(search));
        var text = Assert.Single(_texts);
        Assert.Equal("arch", text.Text);
        Assert.Equal(PostFilterKeys, text.FilterKeys);
    }

    [Fact]
    public void Arrows_and_enter_pick_a_facet_then_an_option_making_a_chip_and_a_search_update()
    {
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();

        Key(search, "ArrowDown");
        Key(search, "Enter");
        Assert.Equal("Platform:", search.Find("[data-testid=ms-pending]").TextContent);
        Assert.Equal(["Linux", "Windows"], Options(search));
        Key(search, "ArrowDown");
        Key(search, "Enter");

        var chip = Assert.Single(search.FindAll("[data-testid=ms-chip]"));
        Assert.Contains("Platform", chip.TextContent, StringComparison.Ordinal);
        Assert.Contains("Windows", chip.TextContent, StringComparison.Ordinal);
        Assert.Equal(["platform=windows"], _updates);
        Assert.Equal([new FacetCondition("platform", "windows")], _query.Conditions);
    }

    [Fact]
    public void Two_facets_make_the_posts_fragment()
    {
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();

        Key(search, "ArrowDown"); Key(search, "Enter"); Key(search, "Enter");   // Platform: Linux (the first option)
        Type(search, "archi"); Key(search, "Enter"); Key(search, "Enter");       // Architecture: 64-bit

        Assert.Equal("platform=linux&architecture=x86_64", _updates[^1]);
    }

    [Fact]
    public void Is_not_negates_the_chosen_option()
    {
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();
        Key(search, "ArrowDown"); Key(search, "Enter");

        search.Find("[data-testid=ms-is-not]").Click();
        search.FindAll("[data-testid=ms-option]")[1].MouseDown();

        Assert.Equal("platform!=windows", _updates[^1]);
        Assert.Contains("is not", search.Find("[data-testid=ms-chip]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Backspace_on_empty_input_removes_the_last_chip()
    {
        var search = RenderSearch(p => p.Add(s => s.Query, new SearchQuery([new("platform", "linux"), new("architecture", "i386")], "")));

        Key(search, "Backspace");

        Assert.Single(search.FindAll("[data-testid=ms-chip]"));
        Assert.Equal("platform=linux", _updates[^1]);
    }

    [Fact]
    public void A_chips_remove_button_removes_it_and_is_labelled_for_screen_readers()
    {
        var search = RenderSearch(p => p.Add(s => s.Query, new SearchQuery([new("platform", "linux")], "")));

        var remove = search.Find(".ms-chip-remove");
        Assert.Equal("Remove Platform Linux", remove.GetAttribute("aria-label"));
        remove.Click();

        Assert.Empty(search.FindAll("[data-testid=ms-chip]"));
        Assert.Equal([string.Empty], _updates);
    }

    [Fact]
    public void Escape_closes_the_menu()
    {
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();

        Key(search, "Escape");

        Assert.Empty(search.FindAll("[data-testid=ms-menu]"));
        Assert.Equal("false", search.Find("[data-testid=ms-input]").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void Options_show_how_many_items_each_matches()
    {
        var counts = new Dictionary<string, IReadOnlyDictionary<string, int>> { ["platform"] = new Dictionary<string, int> { ["linux"] = 12, ["windows"] = 3 } };
        var search = RenderSearch(p => p.Add(s => s.OptionCounts, counts));
        search.Find("[data-testid=ms-input]").Focus();

        Key(search, "ArrowDown"); Key(search, "Enter");

        Assert.Equal(["12", "3"], search.FindAll("[data-testid=ms-count]").Select(c => c.TextContent));
    }

    [Fact]
    public void An_exclamation_mark_key_switches_to_is_not_and_the_box_asks_the_browser_to_keep_it_out()
    {
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();
        Key(search, "ArrowDown"); Key(search, "Enter");

        // In the browser magic-search.js keeps the "!" out of the box: only the key arrives.
        Assert.Equal("true", search.Find("[data-testid=ms-input]").GetAttribute("data-negate-on-bang"));
        Key(search, "!");

        // The box is the browser's: the server renders no value into it (keys typed during a round trip are never overwritten).
        Assert.Null(search.Find("[data-testid=ms-input]").GetAttribute("value"));
        Assert.Contains("is not", search.Find("[data-testid=ms-pending]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Linux", "Windows"], Options(search));

        // Typing goes on after the mode switch: "!win" narrows to Windows, still "is not".
        Type(search, "win");
        Key(search, "Enter");
        Assert.Equal("platform!=windows", _updates[^1]);
    }

    private sealed record Machine(string Platform, string Architecture);

    [Fact]
    public void In_is_not_mode_an_options_count_is_how_many_items_would_remain()
    {
        var index = new SearchIndex<Machine>(
            [new("linux", "x86_64"), new("linux", "i386"), new("windows", "x86_64"), new("linux", "x86_64")],
            new SearchFields<Machine>().Facet("platform", m => m.Platform).Facet("architecture", m => m.Architecture));
        var search = RenderSearch(p => p.Add(s => s.OptionCounts, index.Counts(SearchQuery.Empty)));
        search.Find("[data-testid=ms-input]").Focus();
        Key(search, "ArrowDown"); Key(search, "Enter");
        Assert.Equal(["3", "1"], search.FindAll("[data-testid=ms-count]").Select(c => c.TextContent));

        search.Find("[data-testid=ms-is-not]").Click();

        Assert.Equal(["1", "3"], search.FindAll("[data-testid=ms-count]").Select(c => c.TextContent));
    }

    [Fact]
    public void Counts_without_a_total_show_nothing_in_is_not_mode_rather_than_a_wrong_number()
    {
        var counts = new Dictionary<string, IReadOnlyDictionary<string, int>> { ["platform"] = new Dictionary<string, int> { ["linux"] = 12, ["windows"] = 3 } };
        var search = RenderSearch(p => p.Add(s => s.OptionCounts, counts));
        search.Find("[data-testid=ms-input]").Focus();
        Key(search, "ArrowDown"); Key(search, "Enter");

        search.Find("[data-testid=ms-is-not]").Click();

        Assert.Empty(search.FindAll("[data-testid=ms-count]"));
    }

    [Fact]
    public void Strings_are_replaceable()
    {
        var search = RenderSearch(p => p.Add(s => s.Strings, new MagicSearchStrings { Prompt = "Filtrer", Remove = "Retirer" })
            .Add(s => s.Query, new SearchQuery([new("platform", "linux")], "")));

        Assert.StartsWith("Retirer", search.Find(".ms-chip-remove").GetAttribute("aria-label"), StringComparison.Ordinal);
        search.Find(".ms-chip-remove").Click();
        Assert.Equal("Filtrer", search.Find("[data-testid=ms-input]").GetAttribute("placeholder"));
    }

    [Fact]
    public void The_query_is_written_to_the_url_and_a_url_restores_it()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();
        Key(search, "ArrowDown"); Key(search, "Enter"); Key(search, "Enter");
        Type(search, "web");
        _time.Advance(TimeSpan.FromSeconds(1));

        search.WaitForAssertion(() => Assert.Contains("text=web", navigation.Uri, StringComparison.Ordinal));
        Assert.Contains("q=platform%3Dlinux", navigation.Uri, StringComparison.Ordinal);

        _updates.Clear();
        var restored = RenderSearch();

        Assert.Equal([new FacetCondition("platform", "linux")], _query.Conditions);
        Assert.Equal("web", _query.Text);
        Assert.Equal(["platform=linux"], _updates);
        Assert.Single(restored.FindAll("[data-testid=ms-chip]"));
    }

    [Fact]
    public void Typing_writes_the_address_once_after_a_pause_and_a_facet_at_once()
    {
        var navigation = (BunitNavigationManager)Services.GetRequiredService<NavigationManager>();
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();

        foreach (var typed in new[] { "w", "we", "web" })
        {
            Type(search, typed);
            _time.Advance(TimeSpan.FromMilliseconds(150));
        }

        // The table already filters by "web"; the address waits for the pause.
        Assert.Equal("web", _query.Text);
        Assert.DoesNotContain("text=", navigation.Uri, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromMilliseconds(400));
        search.WaitForAssertion(() => Assert.Contains("text=web", navigation.Uri, StringComparison.Ordinal));
        Assert.Single(navigation.History, entry => entry.Uri.Contains("text=", StringComparison.Ordinal));

        // A facet picked is written at once, with the text, and no late write of the text follows it.
        Type(search, "web plat");
        Type(search, "plat");
        Key(search, "Enter");
        Key(search, "Enter");
        Assert.Contains("q=platform%3D", navigation.Uri, StringComparison.Ordinal);
        var writes = navigation.History.Count;
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(writes, navigation.History.Count);
    }

    [Fact]
    public void Escape_ends_the_typing_and_writes_the_text_at_once()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();

        Type(search, "web");
        Assert.DoesNotContain("text=", navigation.Uri, StringComparison.Ordinal);
        Key(search, "Escape");

        Assert.Contains("text=web", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void The_server_writes_the_box_only_when_it_changes_the_text_itself()
    {
        var search = RenderSearch();
        search.Find("[data-testid=ms-input]").Focus();
        Type(search, "web ");
        Assert.Empty(JSInterop.Invocations["eucaConsole.setInputValue"]);

        // Picking a facet clears the box: that one is written.
        Type(search, "plat");
        Key(search, "Enter");
        search.WaitForAssertion(() => Assert.Equal(string.Empty, JSInterop.Invocations["eucaConsole.setInputValue"].Single().Arguments[1]));
    }
}
