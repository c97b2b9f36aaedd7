using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Pages.Compute;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using Instance = EucaConsole.Domain.Compute.Instance;
using EucaConsole.Domain.Search;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Components.Tables;

/// <summary>
/// What a page of rows keeps in every circuit: a component's render tree is kept twice (this render and
/// the last) in arrays sized to the next power of two of its frame count, so the images page's 50 rows
/// staying within 512 frames is 40 KB per circuit less than going past it (docs/benchmarks.md).
/// </summary>
public sealed class ResourceTableFootprintTests : ConsoleComponentTest
{
    private static IReadOnlyList<Image> Images(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new Image(
            $"ami-{i:x17}", $"ubuntu-24.04-server-x86_64-{i:00000}", "An image", "123456789012", "amazon", "", "x86_64", "ebs", "/dev/sda1",
            "available", true, "machine", "hvm", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i % 300), [], [])),
    ];

    /// <summary>The frame count of the component's current render tree (the renderer keeps it to itself: read by reflection).</summary>
    private static IReadOnlyList<Instance> Instances(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new Instance(
            $"i-{i:x17}", $"web-{i:0000}", i % 3 == 0 ? "stopped" : "running", "t3.micro", "ami-12c6146b", "ops", "us-east-1a", $"10.0.{i / 250}.{i % 250}",
            $"54.0.{i / 250}.{i % 250}", null, "ebs", null, "x86_64", [], null, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i), false, [])),
    ];

    private int FramesOf<T>(IRenderedComponent<ResourceTable<T>> table) where T : class => FramesOfComponent(table.ComponentId);

    private int FramesOfComponent(int componentId)
    {
        var frames = typeof(Microsoft.AspNetCore.Components.RenderTree.Renderer)
            .GetMethod("GetCurrentRenderTreeFrames", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .Invoke(Renderer, [componentId])!;
        return (int)frames.GetType().GetField("Count")!.GetValue(frames)!;
    }

    [Fact]
    public void A_page_of_fifty_instances_with_selection_and_state_badges_fits_a_render_tree_of_512_frames()
    {
        var definition = new EucaConsole.Components.Pages.Compute.Instances().Definition;
        var table = Render<ResourceTable<Instance>>(p => p
            .Add(t => t.List, this.ListOf(_ => Task.FromResult(Instances(1000)), i => i.Id, definition.Fields, definition.Columns))
            .Add(t => t.Noun, "instances").Add(t => t.Source, "instances")
            .Add(t => t.Selectable, true));
        table.WaitForAssertion(() => Assert.Equal(50, table.FindAll("tr[data-key]").Count));
        table.Find("[data-testid=rt-select-all]").Change(true);
        table.WaitForAssertion(() => Assert.Equal(50, table.FindAll("tr[data-key] [data-testid=rt-select][checked]").Count));

        var frames = FramesOf(table);
        Assert.True(frames <= 512, $"The instances table's render tree has {frames} frames.");
        Assert.Equal(["stopped", "running", "running"], table.FindAll("tr[data-key] [data-testid=instance-state]").Take(3).Select(s => s.TextContent));
    }

    [Fact]
    public void On_the_instances_page_with_its_toolbar_and_a_detail_open_the_table_stays_within_512_frames()
    {
        var instances = Instances(1000);
        var (compute, _) = ScriptedCompute.Create([.. instances]);
        Services.AddAllCompute(compute);
        var page = Render<EucaConsole.Components.Pages.Compute.Instances>(p => p.Add(x => x.InstanceId, instances[1].Id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=instance-detail]")));
        page.WaitForAssertion(() => Assert.Equal(50, page.FindAll("tr[data-key]").Count));
        page.Find("[data-testid=rt-select-all]").Change(true);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=selection-count]")));

        var frames = FramesOf(page.FindComponent<ResourceTable<Instance>>());
        Assert.True(frames <= 512, $"The instances page's table has {frames} frames.");
    }

    [Fact]
    public void A_page_of_fifty_images_fits_a_render_tree_of_512_frames_and_a_sorted_page_too()
    {
        var table = Render<ResourceTable<Image>>(p => p
            .Add(t => t.List, this.ListOf(_ => Task.FromResult(Images(120)), i => i.Id, ImageSearch.Fields, ImageSearch.Columns))
            .Add(t => t.Noun, "images").Add(t => t.Source, "images"));
        table.WaitForAssertion(() => Assert.Equal(50, table.FindAll("tr[data-key]").Count));
        var frames = FramesOf(table);
        Assert.True(frames <= 512, $"The images table's render tree has {frames} frames.");

        table.FindAll(".rt-sort")[0].Click();
        table.WaitForAssertion(() => Assert.Equal("ascending", table.Find("th[aria-sort]").GetAttribute("aria-sort")));
        frames = FramesOf(table);
        Assert.True(frames <= 512, $"The sorted images table's render tree has {frames} frames.");
    }

    [Fact]
    public void An_open_instance_detail_with_volumes_and_tags_fits_its_panels_render_tree_of_256_frames()
    {
        var tagged = new Instance("i-0123456789abcdef0", "web-0001", "running", "t3.micro", "ami-12c6146b", "ops", "us-east-1a", "10.0.0.1", "54.0.0.1",
            "ec2-54-0-0-1.compute-1.amazonaws.com", "ebs", null, "x86_64", [new GroupRef("sg-0123456789abcdef0", "web")], null,
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), false,
            [new Tag("Name", "web-0001"), new Tag("Environment", "production"), new Tag("Team", "platform")], "/dev/xvda",
            [new InstanceVolume("/dev/xvda", "vol-0123456789abcdef0", "attached", true), new InstanceVolume("/dev/sdf", "vol-0123456789abcdef1", "attached", false)]);
        var (compute, _) = ScriptedCompute.Create([tagged, .. Instances(50)]);
        Services.AddAllCompute(compute);
        var page = Render<EucaConsole.Components.Pages.Compute.Instances>(p => p.Add(x => x.InstanceId, tagged.Id));
        page.WaitForAssertion(() => Assert.Contains("Team = platform", page.Find("[data-testid=instance-detail]").TextContent, StringComparison.Ordinal));

        // Render-tree buffers grow in powers of two and never shrink: past 256 frames, every open detail keeps twice the memory.
        var panel = FramesOfComponent(page.FindComponent<EucaConsole.Components.Resources.DetailPanel>().ComponentId);
        var detail = FramesOfComponent(page.FindComponent<EucaConsole.Components.Pages.Compute.InstanceDetail>().ComponentId);
        Assert.True(panel <= 256, $"The instance's detail panel has {panel} frames.");
        Assert.True(detail <= 32, $"The instance detail around its panel has {detail} frames.");
    }
}
