using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class SignInFlowTests(BrowserFixture fixture)
{
    private static readonly PageAssertionsToHaveURLOptions Wait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Sandbox_sign_in_shows_the_dashboard_with_the_identity_and_sign_out_returns_to_sign_in()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"), Wait);
        await Assertions.Expect(page.GetByTestId("sandbox-status")).ToContainTextAsync("running");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "signin-sandbox.png") });

        await page.GetByTestId("sandbox-signin").ClickAsync();

        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToHaveTextAsync("123456789012/demo", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("identity-name")).ToHaveTextAsync("123456789012/demo");
        await Assertions.Expect(page.GetByTestId("identity-region")).ToContainTextAsync("us-east-1");
        await Assertions.Expect(page.GetByTestId("dashboard-cloud")).ToContainTextAsync("Sandbox cloud");
        // Interactive: the circuit is live (the nav toggle responds) before the screenshot.
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "dashboard.png") });

        await page.GetByTestId("sign-out").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"), Wait);
        await Assertions.Expect(page.GetByTestId("signin-notice")).ToContainTextAsync("signed out");
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?returnUrl="), Wait);
    }

    [Fact]
    public async Task Wrong_secret_key_shows_the_cloud_error_on_the_form()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=aws");

        await page.GetByTestId("aws-endpoint").FillAsync(fixture.SigningMoto.Endpoint.ToString());
        await page.GetByTestId("aws-access-key").FillAsync(fixture.SigningMoto.AccessKeyId);
        await page.GetByTestId("aws-secret-key").FillAsync("not-the-right-secret");
        await page.GetByTestId("signin-submit").ClickAsync();

        var error = page.GetByTestId("signin-error");
        await Assertions.Expect(error).ToContainTextAsync("SignatureDoesNotMatch", new() { Timeout = 30_000 });
        await Assertions.Expect(error).ToContainTextAsync(fixture.SigningMoto.Endpoint.Authority);
        await Assertions.Expect(page.GetByTestId("aws-secret-key")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.GetByTestId("aws-access-key")).ToHaveValueAsync(fixture.SigningMoto.AccessKeyId);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "signin-error.png") });
    }

    [Fact]
    public async Task Right_key_on_a_signature_checking_endpoint_signs_in()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=aws");

        await page.GetByTestId("aws-endpoint").FillAsync(fixture.SigningMoto.Endpoint.ToString());
        await page.GetByTestId("aws-access-key").FillAsync(fixture.SigningMoto.AccessKeyId);
        await page.GetByTestId("aws-secret-key").FillAsync(fixture.SigningMoto.SecretAccessKey);
        await page.GetByTestId("signin-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToHaveTextAsync("123456789012/alice", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task Empty_eucalyptus_fields_are_named_on_the_form_and_nothing_is_sent()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=eucalyptus");

        await page.GetByTestId("signin-submit").ClickAsync();

        await Assertions.Expect(page.Locator(".validation-message").First).ToBeVisibleAsync();
        var messages = await page.Locator(".validation-message").AllInnerTextsAsync();
        Assert.Contains("Enter the cloud host.", messages);
        Assert.Contains("Enter the account name.", messages);
        Assert.Contains("Enter the password.", messages);
        await Assertions.Expect(page.GetByTestId("signin-error")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "signin-eucalyptus-validation.png") });
    }

    [Fact]
    public async Task Unreachable_eucalyptus_host_names_both_endpoints_it_tried()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=eucalyptus");
        var closedPort = FreePort.Next();

        await page.GetByTestId("euca-host").FillAsync("127.0.0.1");
        await page.GetByTestId("euca-port").FillAsync(closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("euca-account").FillAsync("acme");
        await page.GetByTestId("euca-user").FillAsync("admin");
        await page.GetByTestId("euca-password").FillAsync("secret");
        await page.GetByTestId("signin-submit").ClickAsync();

        var error = page.GetByTestId("signin-error");
        await Assertions.Expect(error).ToContainTextAsync($"tokens.127.0.0.1:{closedPort}", new() { Timeout = 30_000 });
        await Assertions.Expect(error).ToContainTextAsync($"127.0.0.1:{closedPort}/services/Tokens");
        await Assertions.Expect(page.GetByTestId("euca-password")).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task Health_answers_200_and_readiness_reports_the_sandbox_endpoint()
    {
        var page = await fixture.NewPageAsync();

        var health = await page.APIRequest.GetAsync("/health");
        var ready = await page.APIRequest.GetAsync("/health/ready");

        Assert.Equal(200, health.Status);
        Assert.Equal(200, ready.Status);
        var report = await ready.TextAsync();
        Assert.Contains("\"sandbox\":\"Running\"", report, StringComparison.Ordinal);
        Assert.Contains("\"endpoint\":\"http://127.0.0.1:", report, StringComparison.Ordinal);
        Assert.Contains("\"cache\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_system_dark_preference_gives_the_dark_theme()
    {
        var page = await fixture.NewPageAsync(colorScheme: "dark");
        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The palette switches once the circuit has asked the browser for its preference.
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(17, 26, 31)", new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "dashboard-dark.png") });
    }
}
