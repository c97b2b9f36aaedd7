using System.Net;
using System.Net.Sockets;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>
/// The sign-in form is not a tool for reaching other machines: typed endpoints on loopback, private or
/// metadata addresses are refused with the setting named and no connection made; a configured cloud is
/// the only one a locked form signs in to, whatever a crafted post says.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SignInEndpointPolicyTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 30_000 };

    private static TcpListener Decoy()
    {
        var decoy = new TcpListener(IPAddress.Loopback, 0);
        decoy.Start();
        return decoy;
    }

    private static int PortOf(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    private async Task<IPage> PageAsync(ConsoleServerProcess console) =>
        await (await fixture.Browser.NewContextAsync(new() { BaseURL = console.Address.ToString() })).NewPageAsync();

    private static async Task SignInEucalyptusAsync(IPage page, string host, int port)
    {
        await page.GotoAsync("/signin?mode=eucalyptus");
        await page.GetByTestId("euca-host").FillAsync(host);
        await page.GetByTestId("euca-port").FillAsync(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("euca-account").FillAsync("acme");
        await page.GetByTestId("euca-user").FillAsync("admin");
        await page.GetByTestId("euca-password").FillAsync("secret");
        await page.GetByTestId("signin-submit").ClickAsync();
    }

    [Fact]
    public async Task Typed_loopback_private_and_metadata_endpoints_are_refused_and_nothing_reaches_them()
    {
        using var decoy = Decoy();
        await using var console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Sandbox:Enabled"] = "false",
            ["SignIn:AllowPrivateEndpoints"] = "false",
        });
        var page = await PageAsync(console);

        await page.GotoAsync("/signin?mode=aws");
        await page.GetByTestId("aws-endpoint").FillAsync($"http://127.0.0.1:{PortOf(decoy)}/");
        await page.GetByTestId("aws-access-key").FillAsync("AKIDEXAMPLE");
        await page.GetByTestId("aws-secret-key").FillAsync("secret");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signin-error")).ToContainTextAsync("SignIn:AllowPrivateEndpoints=true", Slow);

        // A name that resolves to loopback is refused like the address itself.
        await SignInEucalyptusAsync(page, "localhost", PortOf(decoy));
        await Assertions.Expect(page.GetByTestId("signin-error")).ToContainTextAsync("SignIn:AllowPrivateEndpoints=true", Slow);

        await SignInEucalyptusAsync(page, "169.254.169.254", 80);
        await Assertions.Expect(page.GetByTestId("signin-error")).ToContainTextAsync("link-local or instance-metadata", Slow);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "signin-endpoint-refused.png") });

        Assert.False(decoy.Pending(), "the decoy listener was connected to");
    }

    [Fact]
    public async Task With_a_configured_cloud_the_form_shows_it_and_a_crafted_post_cannot_point_elsewhere()
    {
        using var decoy = Decoy();
        await using var console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cloud:Kind"] = "Eucalyptus",
            ["Cloud:Host"] = "cloud.invalid",
            ["Cloud:Port"] = "8773",
        });
        var page = await PageAsync(console);
        await page.GotoAsync("/signin");

        await Assertions.Expect(page.GetByTestId("configured-cloud")).ToContainTextAsync("cloud.invalid:8773");
        Assert.Equal(0, await page.GetByTestId("euca-host").CountAsync());
        Assert.Equal(0, await page.GetByTestId("mode-aws").CountAsync());
        Assert.Equal(0, await page.GetByTestId("mode-sandbox").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "signin-configured-cloud.png") });

        // Put the fields back by hand, as a crafted post would.
        await page.EvaluateAsync("""
            port => {
                const form = document.querySelector('form.signin-form');
                for (const [name, value] of [['Euca.Host', '127.0.0.1'], ['Euca.Port', String(port)]]) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.appendChild(input);
                }
            }
            """, PortOf(decoy));
        await page.GetByTestId("euca-account").FillAsync("acme");
        await page.GetByTestId("euca-user").FillAsync("admin");
        await page.GetByTestId("euca-password").FillAsync("secret");
        await page.GetByTestId("signin-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("signin-error")).ToContainTextAsync("cloud.invalid", Slow);
        Assert.False(decoy.Pending(), "the crafted host was contacted");

        // The AWS form is not served by this console, even when asked for by name.
        await page.GotoAsync("/signin?mode=aws");
        Assert.Equal(0, await page.GetByTestId("aws-endpoint").CountAsync());
    }
}
