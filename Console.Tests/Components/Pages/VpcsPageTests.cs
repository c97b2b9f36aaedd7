using Bunit;
using EucaConsole.Components.Pages.Network;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Pages;

/// <summary>The VPCs page, the kind added through the catalog walkthrough, against moto: make, list, open, delete.</summary>
public sealed class VpcsPageTests : ConsoleComponentTest, IClassFixture<CloudFixture>
{
    public VpcsPageTests(CloudFixture cloud)
    {
        Services.AddScoped<ICloudSessionSource>(_ => cloud.Session);
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    private IRenderedComponent<MudDialogProvider> Dialogs { get; }

    [Fact]
    public async Task A_vpc_made_from_the_page_is_listed_opens_in_the_detail_panel_and_is_deleted_after_confirmation()
    {
        var name = CloudFixture.Unique("page-net");
        var page = Render<Vpcs>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr[data-key]")), TimeSpan.FromSeconds(30)); // the region's default VPC

        await page.InvokeAsync(() => page.Find("[data-testid=create-vpc]").Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=vpc-create]")));
        Dialogs.Type("vpc-cidr", "10.77.0.0/8");
        await Dialogs.InvokeAsync(() => Dialogs.Find("[data-testid=vpc-create]").Click());
        Dialogs.WaitForAssertion(() => Assert.Contains("/16", Dialogs.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal));

        Dialogs.Type("vpc-cidr", "10.77.0.0/16");
        Dialogs.Type("vpc-name", name);
        await Dialogs.InvokeAsync(() => Dialogs.Find("[data-testid=vpc-create]").Click());
        var made = await WaitForAsync(async () => await Named(name) is [var first, ..] ? first : null);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"tr[data-key='{made.Id}']")), TimeSpan.FromSeconds(30));

        var opened = Render<Vpcs>(p => p.Add(x => x.VpcId, made.Id));
        opened.WaitForAssertion(() => Assert.Contains("10.77.0.0/16", opened.Find("[data-testid=vpc-detail]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        Assert.Equal(name, opened.Find("[data-testid=detail-title]").TextContent);
        Assert.Equal(made.Id, opened.Find("button.detail-copy").GetAttribute("data-copy"));

        await opened.InvokeAsync(() => opened.Find("[data-testid=vpc-delete]").Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=confirm-ok]")));
        await Dialogs.InvokeAsync(() => Dialogs.Find("[data-testid=confirm-ok]").Click());
        await WaitForAsync(async () => (await Named(name)).Count == 0 ? made : null);
    }

    private async Task<IReadOnlyList<Vpc>> Named(string name) =>
        [.. (await Services.GetRequiredService<IVpcService>().DescribeVpcsAsync(CancellationToken.None)).Where(v => v.Name == name)];

    private static async Task<Vpc> WaitForAsync(Func<Task<Vpc?>> found)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await found() is { } vpc)
            {
                return vpc;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The VPC did not reach the expected state.");
    }
}
