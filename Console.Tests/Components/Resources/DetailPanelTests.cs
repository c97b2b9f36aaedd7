using Bunit;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Compute;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Tests.Components.Resources;

/// <summary>The one shape of every detail: title, copyable id, actions, facts, tags, sections, close.</summary>
public sealed class DetailPanelTests : ConsoleComponentTest
{
    [Fact]
    public void A_detail_shows_its_title_its_id_with_a_copy_button_actions_facts_tags_and_sections_in_that_order()
    {
        var edited = 0;
        var panel = Render<DetailPanel>(p => p
            .Add(d => d.Title, "web server")
            .Add(d => d.Id, "i-0123456789abcdef0")
            .Add(d => d.TestId, "thing-detail")
            .Add(d => d.Actions, (RenderFragment)(b => b.AddMarkupContent(0, "<button id=\"act\">Stop</button>")))
            .Add(d => d.Facts, (RenderFragment)(b => b.AddMarkupContent(0, "<dt>Zone</dt><dd>one-a</dd>")))
            .Add(d => d.Tags, [new Tag("Name", "web server"), new Tag("env", "<prod>")])
            .Add(d => d.OnEditTags, () => edited++)
            .AddChildContent("<section id=\"own\">Volumes</section>"));

        var root = panel.Find("[data-testid=thing-detail]");
        Assert.Equal("web server", panel.Find("[data-testid=detail-title]").TextContent);
        Assert.Equal("i-0123456789abcdef0", panel.Find("[data-testid=detail-id]").TextContent);
        Assert.Equal("i-0123456789abcdef0", panel.Find("button.detail-copy").GetAttribute("data-copy"));
        Assert.Equal("toolbar", panel.Find(".detail-actions").GetAttribute("role"));
        Assert.Equal("one-a", panel.Find("dl.facts dd").TextContent);
        Assert.Contains("env = <prod>", panel.Find("[data-testid=tag-list]").TextContent, StringComparison.Ordinal);
        var order = root.QuerySelectorAll(".detail-head, .detail-actions, dl.facts, [data-testid=tag-list], #own").Select(e => string.IsNullOrEmpty(e.ClassName) ? e.Id : e.ClassName).ToList();
        Assert.Equal(["detail-head", "detail-actions", "facts", "tags", "own"], order.Select(o => o?.Split(' ')[0]));

        panel.Find("[data-testid=detail-tags]").Click();
        Assert.Equal(1, edited);
    }

    [Fact]
    public void A_title_that_is_the_id_is_not_repeated_and_a_resource_without_tags_offers_no_tag_editor()
    {
        var closed = false;
        var panel = Render<DetailPanel>(p => p
            .Add(d => d.Title, "sandbox-key")
            .Add(d => d.Id, "sandbox-key")
            .Add(d => d.OnClose, () => closed = true));

        Assert.Empty(panel.FindAll("[data-testid=detail-id]"));
        Assert.Single(panel.FindAll("button.detail-copy"));
        Assert.Empty(panel.FindAll("[data-testid=detail-tags]"));
        Assert.Empty(panel.FindAll(".detail-actions"));
        panel.Find("[data-testid=detail-close]").Click();
        Assert.True(closed);
    }

    [Fact]
    public void Tags_without_an_editor_are_shown_read_only_and_none_says_so()
    {
        var panel = Render<DetailPanel>(p => p.Add(d => d.Title, "ami-1").Add(d => d.Tags, []));

        Assert.Contains("No tags.", panel.Markup, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=detail-tags]"));
    }

    [Fact]
    public void A_hostile_name_id_and_tag_from_the_cloud_render_as_text_in_the_panels_markup()
    {
        const string Hostile = "<img src=x onerror=alert(1)>\"'&";
        var panel = Render<DetailPanel>(p => p
            .Add(d => d.Title, Hostile)
            .Add(d => d.Id, "i-1" + Hostile)
            .Add(d => d.Tags, [new Tag(Hostile, Hostile)]));

        Assert.Empty(panel.FindAll("img"));
        Assert.Equal(Hostile, panel.Find("[data-testid=detail-title]").TextContent);
        Assert.Equal("i-1" + Hostile, panel.Find("[data-testid=detail-id]").TextContent);
        Assert.Equal("i-1" + Hostile, panel.Find("button.detail-copy").GetAttribute("data-copy"));
        Assert.Equal($"{Hostile} = {Hostile}", panel.Find("[data-testid=tag-list]").TextContent);
    }

    [Fact]
    public void A_buttons_words_are_encoded_in_its_shared_markup() =>
        Assert.DoesNotContain("<b>", EucaConsole.Components.Lite.Glyph.Labelled(MudBlazor.Icons.Material.Filled.Sell, "<b>tags</b>").Value, StringComparison.Ordinal);
}
