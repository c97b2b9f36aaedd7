using EucaConsole.Components.Lite;
using Bunit;
using EucaConsole.Components.Layout;
using EucaConsole.Components.Pages.Dashboard;
using EucaConsole.Components.Session;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using EucaConsole.Components;
using EucaConsole.Domain;

namespace EucaConsole.Tests.Components.Layout;

public sealed class ShellComponentTests : BunitContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public ShellComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
        Services.AddConsoleDomain();
        // The test clouds (moto) listen on loopback, which the endpoint policy refuses by default.
        Services.Configure<EucaConsole.Domain.SignIn.SignInOptions>(o => o.AllowPrivateEndpoints = true);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
    }


    // MudBlazor registers services that only dispose asynchronously.
    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private void SignIn(SignedInSession session)
    {
        var principal = SessionClaims.ToPrincipal(session, "sid");
        var authorization = AddAuthorization();
        authorization.SetAuthorized(principal.Identity!.Name!);
        authorization.SetClaims([.. principal.Claims]);
    }

    private static SignedInSession AwsSession => new(
        CloudProfile.ForAwsRegion("eu-west-1"),
        CloudPrincipal.FromArn("111122223333", "arn:aws:iam::111122223333:user/ops/carol", "AKIDCAROLEXAMPLE0001"),
        new CloudCredentials("ASIATEMP", "temp-secret", "temp-token", Now.AddHours(12)));

    private static SignedInSession EucalyptusSession => new(
        CloudProfile.ForEucalyptus("cloud.test", 8773, EucalyptusAddressing.DnsStyle),
        new CloudPrincipal("acme", "admin", null, null),
        new CloudCredentials("ASIATEMP", "temp-secret", "temp-token", Now.AddMinutes(90)));

    [Fact]
    public void Identity_badge_shows_account_user_access_key_endpoint_and_region_for_aws()
    {
        SignIn(AwsSession);

        var badge = Render<IdentityBadge>();

        Assert.Equal("111122223333/carol", badge.Find("[data-testid=identity-name]").TextContent);
        Assert.Contains("AKIDCAROLEXAMPLE0001", badge.Markup, StringComparison.Ordinal);
        Assert.Contains("AWS eu-west-1", badge.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("temp-secret", badge.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_badge_offers_sign_out_as_a_protected_post()
    {
        SignIn(EucalyptusSession);

        var badge = Render<IdentityBadge>();

        // The top bar's one form (MainLayout) carries the antiforgery token; sign-out submits it to its own endpoint.
        var signOut = badge.Find("[data-testid=sign-out]");
        Assert.Equal("submit", signOut.GetAttribute("type"));
        Assert.Equal(BarForm.Id, signOut.GetAttribute("form"));
        Assert.Equal("signout", signOut.GetAttribute("formaction"));
    }

    [Fact]
    public void Dashboard_shows_who_and_where_with_every_service_endpoint()
    {
        SignIn(EucalyptusSession);

        var dashboard = Render<EucaConsole.Components.Pages.Dashboard.Dashboard>();

        Assert.Equal("acme/admin", dashboard.Find("[data-testid=dashboard-identity]").TextContent);
        Assert.Contains("Eucalyptus at cloud.test:8773", dashboard.Find("[data-testid=dashboard-cloud]").TextContent, StringComparison.Ordinal);
        Assert.Contains("http://euare.cloud.test:8773/", dashboard.Markup, StringComparison.Ordinal);
        Assert.Contains("http://tokens.cloud.test:8773/", dashboard.Markup, StringComparison.Ordinal);
        Assert.Contains("1 h 30 min left", dashboard.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_mudblazors_own_icons_are_drawn_as_markup_anything_else_is_refused()
    {
        Assert.Contains("<path", Glyph.Icon(MudBlazor.Icons.Material.Filled.Menu).Value, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Glyph.Icon("<img src=x onerror=alert(1)>"));
        Assert.Throws<ArgumentException>(() => Glyph.ButtonLabel("web-server-al2023"));
        Assert.Throws<ArgumentException>(() => Glyph.StartIcon(new string(MudBlazor.Icons.Material.Filled.Menu.ToCharArray()) + "<script>"));
    }

    [Fact]
    public void Navigation_links_only_to_pages_that_exist()
    {
        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href") ?? "").ToList();
        var routes = typeof(NavMenu).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), inherit: false))
            .Cast<Microsoft.AspNetCore.Components.RouteAttribute>()
            .Select(r => r.Template)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Contains("/", links);
        Assert.All(links, link => Assert.Contains(link, routes));
        Assert.Equal(links.Count, links.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
