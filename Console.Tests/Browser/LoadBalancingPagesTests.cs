using EucaConsole.Tests.Domain.Identity;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;
using static EucaConsole.Tests.Browser.Ui;

namespace EucaConsole.Tests.Browser;

/// <summary>Load balancers and server certificates, used as the console's own deployment needs them, in the sandbox.</summary>
[Collection(BrowserTests.Name)]
public sealed class LoadBalancingPagesTests(BrowserFixture fixture)
{
    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, $"{name}.png") });

    [Fact]
    public async Task A_balancer_with_an_http_listener_and_an_instance_shows_its_health_and_an_uploaded_certificate_serves_an_https_listener()
    {
        var page = await fixture.SandboxPageAsync();
        var name = "lb-" + Guid.NewGuid().ToString("N")[..8];
        var certificate = CloudFixture.Unique("web-cert");
        var (cert, key) = CertificateCheckTests.Make("console.example");

        await page.GotoAsync("/server-certificates");
        await page.GetByTestId("upload-certificate").ClickAsync();
        await Field(page, "certificate-name").FillAsync(certificate);
        await Field(page, "certificate-body").FillAsync(cert.ExportCertificatePem());
        await Field(page, "certificate-key").FillAsync(key.ExportRSAPrivateKeyPem());
        await page.GetByTestId("certificate-upload").ClickAsync();
        await Assertions.Expect(Row(page, certificate)).ToBeVisibleAsync(Slow);
        await ShotAsync(page, "server-certificates");

        await page.GotoAsync("/load-balancers/new");
        await Field(page, "balancer-name").FillAsync(name);
        await page.GetByLabel("web-1 (").First.CheckAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("balancer-review-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("balancer-review")).ToContainTextAsync("HTTP:80 → HTTP:80");
        await ShotAsync(page, "balancer-create");
        await page.GetByTestId("balancer-create").ClickAsync();

        await Assertions.Expect(page.GetByTestId("balancer-detail")).ToContainTextAsync(name, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("balancer-instance-health")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("instance-health-state")).Not.ToBeEmptyAsync();

        await ChooseAsync(page, "listener-protocol", "HTTPS");
        await ChooseAsync(page, "listener-instance-protocol", "HTTP");
        await Field(page, "listener-port").FillAsync("443");
        await ChooseAsync(page, "listener-certificate", certificate);
        await page.GetByTestId("balancer-listener-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("balancer-listener")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("balancer-listener").Filter(new() { HasText = "HTTPS:443" })).ToContainTextAsync(certificate);
        await ShotAsync(page, "balancer-detail");

        await page.GetByTestId("balancer-delete").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(Row(page, name)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }
}
