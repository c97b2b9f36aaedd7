using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>
/// A session cookie planted in a browser before sign-in, or a copy of the cookie held elsewhere, is
/// never the session after a sign-in or a region switch: each starts under a new key and the old one
/// is refused.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SessionFixationTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    private static async Task<BrowserContextCookiesResult> SessionCookieOfAsync(IBrowserContext context) =>
        (await context.CookiesAsync()).Single(c => c.Name == "euca.session");

    /// <summary>Whether the context's cookie opens a signed-in page (a redirect to sign-in otherwise).</summary>
    private static async Task<bool> SignedInAsync(IBrowserContext context)
    {
        var answer = await context.APIRequest.GetAsync("/instances", new() { MaxRedirects = 0 });
        return answer.Status == 200;
    }

    private async Task<IBrowserContext> ContextHoldingAsync(BrowserContextCookiesResult cookie)
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Console.Address.ToString() });
        await context.AddCookiesAsync([new() { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path }]);
        return context;
    }

    [Fact]
    public async Task Signing_in_over_a_planted_session_cookie_starts_a_new_session_and_the_planted_one_is_refused()
    {
        var attacker = await fixture.SandboxPageAsync();
        var planted = await SessionCookieOfAsync(attacker.Context);
        Assert.True(await SignedInAsync(attacker.Context));

        var victimContext = await ContextHoldingAsync(planted);
        var victim = await victimContext.NewPageAsync();
        await victim.GotoAsync("/signin?mode=sandbox");
        await victim.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(victim.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Slow);

        Assert.NotEqual(planted.Value, (await SessionCookieOfAsync(victimContext)).Value);
        Assert.True(await SignedInAsync(victimContext));
        // The key the attacker planted does not hold the victim's session (nor its own any more).
        Assert.False(await SignedInAsync(attacker.Context));
        await victimContext.CloseAsync();
    }

    [Fact]
    public async Task A_region_switch_refuses_every_copy_of_the_old_cookie()
    {
        var page = await fixture.SandboxPageAsync();
        var copy = await ContextHoldingAsync(await SessionCookieOfAsync(page.Context));
        Assert.True(await SignedInAsync(copy));

        await page.GetByTestId("identity-region").ClickAsync();
        await page.GetByTestId("region-option").Filter(new() { HasText = "us-west-2" }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("identity-region")).ToContainTextAsync("us-west-2", new() { Timeout = 30_000 });

        Assert.True(await SignedInAsync(page.Context));
        Assert.False(await SignedInAsync(copy));
        await copy.CloseAsync();
    }
}
