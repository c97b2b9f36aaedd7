using System.Collections.Concurrent;
using System.Net;
using EucaConsole.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>The console's policy headers, and every page working under them in Chromium.</summary>
[Collection(BrowserTests.Name)]
public sealed class SecurityPolicyTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    /// <summary>Every route the console declares: the sandbox's own stack for a stack name; detail routes with an id nothing has.</summary>
    public static IReadOnlyList<string> Routes() =>
        [.. new[] { typeof(EucaConsole.Components.Layout.MainLayout).Assembly, typeof(EucaConsole.Server.Hosting.ServerApplicationExtensions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(route => System.Text.RegularExpressions.Regex.Replace(
                route.Template.Replace("{Name}", "sandbox-batch", StringComparison.Ordinal), "\\{[A-Za-z]+\\}", "missing-item"))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/favicon.svg")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task Every_kind_of_response_carries_the_policy_headers(string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Console.Address };
        using var request = new HttpRequestMessage(path.StartsWith("/_blazor", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, path);

        using var response = await http.SendAsync(request);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "base-uri 'self'",
                     "form-action 'self'", "object-src 'none'", $"connect-src 'self' ws://{fixture.Console.Address.Authority}" })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_route_renders_without_a_content_security_policy_violation(string theme)
    {
        var page = await fixture.NewPageAsync(theme);
        var violations = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
            """);

        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Slow);

        foreach (var route in Routes())
        {
            await page.GotoAsync(route);
            if (route != "/signin" && route != "/error" && route != "/not-found")
            {
                // Interactive pages: the circuit is up and the page rendered into the layout.
                await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.mud-main-content *') !== null",
                    null, new() { Timeout = 30_000 });
            }

            await page.WaitForLoadStateAsync(LoadState.Load);
            foreach (var violation in await page.EvaluateAsync<string[]>("() => window.__cspViolations"))
            {
                violations.Enqueue($"{route}: {violation}");
            }
        }

        Assert.True(violations.IsEmpty, "CSP violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_peer_change_neither_the_redirect_nor_the_throttled_address()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Console.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/instances");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Finstances", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "a made-up X-Forwarded-Proto was believed");

        // A failed sign-in is counted against the connection's address, not the one the header claims.
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Console.Address.ToString() });
        await context.SetExtraHTTPHeadersAsync([new("X-Forwarded-For", "203.0.113.9")]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin?mode=aws");
        await page.GetByTestId("aws-endpoint").FillAsync(fixture.SigningMoto.Endpoint.ToString());
        await page.GetByTestId("aws-access-key").FillAsync(fixture.SigningMoto.AccessKeyId);
        await page.GetByTestId("aws-secret-key").FillAsync("not-the-right-secret-for-the-throttle-test");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signin-error")).ToBeVisibleAsync(Slow);

        var logged = fixture.Console.Log.Split('\n').Last(line => line.Contains("Sign-in through", StringComparison.Ordinal));
        Assert.Contains("(client 127.0.0.1)", logged, StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Readiness_details_are_not_given_to_a_proxied_caller()
    {
        using var http = new HttpClient { BaseAddress = fixture.Console.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var body = await (await http.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal("{\"status\":\"Healthy\"}", body);
        Assert.Contains("\"checks\"", await http.GetStringAsync("/health/ready"), StringComparison.Ordinal);
    }
}
