using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Pages.Dashboard;
using EucaConsole.Components.Session;
using EucaConsole.Domain;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Components.Dashboard;

/// <summary>The dashboard's tiles against a real moto_server, one service made unreachable on purpose.</summary>
public sealed class DashboardTilesTests : BunitContext, IClassFixture<CloudFixture>, IAsyncLifetime
{
    private readonly CloudFixture _cloud;

    public DashboardTilesTests(CloudFixture cloud)
    {
        _cloud = cloud;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
        Services.AddConsoleDomain();
        // The test clouds (moto) listen on loopback, which the endpoint policy refuses by default.
        Services.Configure<EucaConsole.Domain.SignIn.SignInOptions>(o => o.AllowPrivateEndpoints = true);
        Services.AddSingleton(TimeProvider.System);
    }


    // MudBlazor registers services that only dispose asynchronously.
    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private void SignIn(IReadOnlyDictionary<CloudService, Uri>? overrides = null)
    {
        var session = new SignedInSession(
            CloudProfile.ForSandbox(_cloud.Endpoint, "us-east-1") with { Overrides = overrides ?? new Dictionary<CloudService, Uri>() },
            new CloudPrincipal("123456789012", "tester", null, null),
            new CloudCredentials("test-key", "test-secret", null, null));
        var principal = SessionClaims.ToPrincipal(session, "sid");
        var authorization = AddAuthorization();
        authorization.SetAuthorized(principal.Identity!.Name!);
        authorization.SetClaims([.. principal.Claims]);
    }

    private static string Figures(IRenderedComponent<EucaConsole.Components.Pages.Dashboard.Dashboard> page, string tile) =>
        string.Join(" ", page.FindAll($"[data-testid='tile-{tile}'] [data-testid=tile-figure]").Select(f => f.TextContent.Trim()));

    [Fact]
    public async Task A_failing_service_shows_its_error_on_its_tile_while_the_others_load()
    {
        var image = (await _cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), CancellationToken.None))[0].Id;
        await _cloud.Compute.RunInstancesAsync(new RunInstancesSpec(image, "t3.micro", 2, AvailabilityZone: "us-east-1a"), CancellationToken.None);
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        SignIn(new Dictionary<CloudService, Uri> { [CloudService.Identity] = closed });

        var page = Render<EucaConsole.Components.Pages.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.Contains(closed.Authority, page.Find("[data-testid='tile-IAM roles'] [data-testid=tile-error]").TextContent,
            StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        page.WaitForAssertion(() => Assert.Matches(@"^\d+\s*running \d+\s*stopped$", Figures(page, "Instances")), TimeSpan.FromSeconds(30));
        // All zones: the two instances launched above are counted (a zone filter applied by mistake would hide them).
        Assert.True(int.Parse(page.Find("[data-testid='tile-Instances'] [data-testid=tile-figure] .count").TextContent.Trim(),
            System.Globalization.CultureInfo.InvariantCulture) >= 2);
        page.WaitForAssertion(() => Assert.NotEmpty(Figures(page, "Security groups")), TimeSpan.FromSeconds(30));
        Assert.Empty(page.FindAll("[data-testid='tile-Instances'] [data-testid=tile-error]"));
    }

    [Fact]
    public async Task A_zone_bound_tile_recounts_for_the_chosen_zone_and_others_do_not()
    {
        var zoned = new DashboardTile("Volumes", "", zoneBound: true, _ => Task.FromResult<Func<string?, IReadOnlyList<TileFigure>>>(
            zone => [new TileFigure(string.Empty, zone is null ? 5 : 2)]));
        var global = new DashboardTile("Key pairs", "", zoneBound: false, _ => Task.FromResult<Func<string?, IReadOnlyList<TileFigure>>>(
            zone => [new TileFigure(string.Empty, zone is null ? 7 : -1)]));
        await zoned.LoadAsync(CancellationToken.None);
        await global.LoadAsync(CancellationToken.None);

        var zonedTile = Render<CountTile>(p => p.Add(t => t.Tile, zoned).Add(t => t.Zone, "us-east-1a"));
        var globalTile = Render<CountTile>(p => p.Add(t => t.Tile, global).Add(t => t.Zone, "us-east-1a"));

        Assert.Equal("2", zonedTile.Find("[data-testid=tile-figure]").TextContent.Trim());
        Assert.Equal("7", globalTile.Find("[data-testid=tile-figure]").TextContent.Trim());
    }

    [Fact]
    public async Task A_failed_tile_offers_retry_and_loads_on_it()
    {
        var attempts = 0;
        var tile = new DashboardTile("Snapshots", "", zoneBound: false, _ => ++attempts == 1
            ? throw new CloudException(CloudErrorKind.Service, CloudService.Compute, "DescribeSnapshots", new Uri("http://ec2.test/"), "busy", "RequestLimitExceeded", 503)
            : Task.FromResult<Func<string?, IReadOnlyList<TileFigure>>>(_ => [new TileFigure(string.Empty, 4)]));
        await tile.LoadAsync(CancellationToken.None);
        var rendered = Render<CountTile>(p => p.Add(t => t.Tile, tile)
            .Add(t => t.OnRetry, async () => await tile.LoadAsync(CancellationToken.None)));

        Assert.Contains("RequestLimitExceeded busy", rendered.Find("[data-testid=tile-error]").TextContent, StringComparison.Ordinal);
        rendered.Find("[data-testid=tile-retry]").Click();
        rendered.Render();

        rendered.WaitForAssertion(() => Assert.Equal("4", rendered.Find("[data-testid=tile-figure]").TextContent.Trim()));
    }

    [Fact]
    public void The_zone_in_the_address_is_chosen_and_tiles_link_to_their_pages_for_that_zone()
    {
        SignIn();
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/?zone=us-east-1a");

        var page = Render<EucaConsole.Components.Pages.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.Equal("/instances?q=availability_zone%3Dus-east-1a",
            page.Find("[data-testid='tile-Instances'] [data-testid=tile-link]").GetAttribute("href")), TimeSpan.FromSeconds(30));
        Assert.Equal("/images", page.Find("[data-testid='tile-Images'] [data-testid=tile-link]").GetAttribute("href"));
        Assert.Equal("/roles", page.Find("[data-testid='tile-IAM roles'] [data-testid=tile-link]").GetAttribute("href"));
        Assert.Equal("/volumes?q=availability_zone%3Dus-east-1a",
            page.Find("[data-testid='tile-Volumes'] [data-testid=tile-link]").GetAttribute("href"));
        Assert.Equal("/security-groups", page.Find("[data-testid='tile-Security groups'] [data-testid=tile-link]").GetAttribute("href"));
        Assert.Equal("/load-balancers?q=availability_zone%3Dus-east-1a",
            page.Find("[data-testid='tile-Load balancers'] [data-testid=tile-link]").GetAttribute("href"));
        Assert.Equal("/scaling-groups?q=availability_zone%3Dus-east-1a",
            page.Find("[data-testid='tile-Scaling groups'] [data-testid=tile-link]").GetAttribute("href"));
    }

    [Fact]
    public void A_zone_the_cloud_does_not_have_is_said_and_all_zones_are_shown()
    {
        SignIn();
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/?zone=%3Cscript%3E");

        var page = Render<EucaConsole.Components.Pages.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.Contains("This cloud has no zone <script>", page.Find("[data-testid=zone-problem]").TextContent,
            StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        page.WaitForAssertion(() => Assert.Equal("/instances",
            page.Find("[data-testid='tile-Instances'] [data-testid=tile-link]").GetAttribute("href")), TimeSpan.FromSeconds(30));
    }
}
