using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Pages.Compute;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Components.Pages;

/// <summary>The instances page's search options say what a person recognises: image names, every root device type there is.</summary>
public sealed class ComputeSearchOptionsTests : BunitContext, IAsyncLifetime
{
    public ComputeSearchOptionsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private static Instance Running(string id, string image, string rootDevice) =>
        new(id, id, "running", "t3.micro", image, null, "us-east-1a", null, null, null, rootDevice, null, "x86_64", [], null, null, false, []);

    /// <summary>Picks the facet as a person would and reads its options, each step awaited until the page has handled it.</summary>
    private static async Task<string[]> OptionsOf(IRenderedComponent<Instances> page, string facetLabel)
    {
        await page.Find("[data-testid=ms-input]").FocusAsync(new Microsoft.AspNetCore.Components.Web.FocusEventArgs());
        await page.Find("[data-testid=ms-input]").InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = facetLabel });
        await page.Find("[data-testid=ms-input]").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        return [.. page.FindAll("[data-testid=ms-option] span:first-child").Select(o => o.TextContent)];
    }

    [Fact]
    public async Task The_image_facet_offers_image_names_with_their_ids()
    {
        var (compute, script) = ScriptedCompute.Create([Running("i-1", "ami-11111111", "ebs"), Running("i-2", "ami-99999999", "ebs")]);
        script.Images = [new("ami-11111111", "web-base", null, "123456789012", null, "linux", "x86_64", "ebs", "/dev/xvda", "available", false,
            "machine", "hvm", null, [], [])];
        Services.AddAllCompute(compute);
        var page = Render<Instances>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-key]").Count));

        Assert.Equal(["web-base (ami-11111111)", "ami-99999999"], await OptionsOf(page, "Image"));
    }

    [Fact]
    public async Task A_root_device_type_beyond_ebs_and_instance_store_is_offered()
    {
        var (compute, _) = ScriptedCompute.Create([Running("i-1", "ami-1", "standard"), Running("i-2", "ami-1", "ebs")]);
        Services.AddAllCompute(compute);
        var page = Render<Instances>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-key]").Count));

        Assert.Equal(["EBS", "Instance store", "standard"], await OptionsOf(page, "Root device"));
    }

    [Fact]
    public void Images_with_an_undefined_root_device_type_get_an_option_of_their_own()
    {
        var options = ImageSearch.UndefinedOptions("root_device_type", ["ebs", "standard", "instance-store"]);

        Assert.Equal([("standard", "Standard")], options.Select(o => (o.Key, o.Label)));
    }
}

public sealed class ImageOwnerCountsTests
{
    private static Image Image(string id, string owner, bool isPublic) =>
        new(id, id, null, owner, null, "linux", "x86_64", "ebs", "/dev/xvda", "available", isPublic, "machine", "hvm", null, [], []);

    private static readonly IReadOnlyList<Image> Listed =
        [Image("ami-00000001", "123456789012", false), Image("ami-00000002", "123456789012", true), Image("ami-00000003", "137112412989", true),
            Image("ami-00000004", "210987654321", false)];

    [Fact]
    public void Me_counts_the_accounts_and_shared_images_and_anyone_is_counted_only_when_everyones_images_are_listed()
    {
        var index = new EucaConsole.Domain.Search.SearchIndex<Image>(Listed, ImageSearch.Fields);

        var mine = ImageSearch.OwnerCounts(index, EucaConsole.Domain.Search.SearchQuery.Empty, "123456789012");
        var anyone = ImageSearch.OwnerCounts(index, new EucaConsole.Domain.Search.SearchQuery([new(ImageSearch.OwnerFacet, "")], ""), "123456789012");

        Assert.Equal(3, mine["self"]);
        Assert.False(mine.ContainsKey(""));
        Assert.Equal(4, anyone[""]);
        Assert.Equal(3, anyone["self"]);
    }
}
