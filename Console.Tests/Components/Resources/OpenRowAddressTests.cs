using Bunit;
using EucaConsole.Components.Pages.Network;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Components.Tables;
using EucaConsole.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EucaConsole.Tests.Components.Resources;

/// <summary>A row opened while the typed search still waits to be written into the address stays open.</summary>
public sealed class OpenRowAddressTests : ConsoleComponentTest
{
    private readonly FakeTimeProvider _time = new();
    private readonly LaggingNavigationManager _navigation = new("http://localhost/vpcs");

    public OpenRowAddressTests()
    {
        Services.AddSingleton<TimeProvider>(_time);
        Services.AddSingleton<NavigationManager>(_navigation);
        Services.AddSingleton<IVpcService>(new ListedVpcs(
            new Vpc("vpc-0a1b2c3d4e5f60718", "10.0.0.0/16", "available", false, "dopt-1", "default", [new Tag("Name", "web-net")]),
            new Vpc("vpc-0f1e2d3c4b5a69788", "172.31.0.0/16", "available", true, "dopt-1", "default", [])));
    }

    [Fact]
    public async Task A_row_clicked_before_the_typing_pause_ends_is_not_closed_by_the_search_writing_its_address_later()
    {
        var page = Render<Vpcs>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-key]").Count));

        await page.Find("[data-testid=ms-input]").InputAsync(new ChangeEventArgs { Value = "web" });
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-key]")));
        await page.Find("tr[data-key]").ClickRowAsync();
        _time.Advance(TimeSpan.FromSeconds(2)); // the search's pause ends after the click
        await Task.Delay(300); // a late write runs on the pool after the timer fires: give it the time to show

        var (last, replaced) = _navigation.Sent[^1];
        Assert.StartsWith("http://localhost/vpcs/vpc-0a1b2c3d4e5f60718?", last, StringComparison.Ordinal);
        Assert.Contains("text=web", last, StringComparison.Ordinal);
        Assert.False(replaced);
        Assert.Equal(["http://localhost/vpcs?text=web", last], _navigation.Sent.Select(s => s.Uri));
    }

    private sealed class ListedVpcs(params Vpc[] vpcs) : IVpcService
    {
        public Task<IReadOnlyList<Vpc>> DescribeVpcsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Vpc>>(vpcs);

        public Task<Vpc?> FindVpcAsync(string vpcId, CancellationToken cancellationToken) => Task.FromResult(vpcs.FirstOrDefault(v => v.Id == vpcId));

        public Task<Vpc> CreateVpcAsync(string cidrBlock, string? name, CancellationToken cancellationToken) => throw new NotSupportedException("not asked in this test");

        public Task DeleteVpcAsync(string vpcId, CancellationToken cancellationToken) => throw new NotSupportedException("not asked in this test");
    }
}
