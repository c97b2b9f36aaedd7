using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class ThemeAndPhoneTests(BrowserFixture fixture)
{
    private static async Task<bool> IsDarkAsync(IPage page) =>
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")).Contains("17, 26, 31", StringComparison.Ordinal);

    [Fact]
    public async Task The_theme_switch_overrides_the_system_is_remembered_by_the_browser_and_can_follow_the_system_again()
    {
        var page = await fixture.SandboxPageAsync("light");
        await Assertions.Expect(page.GetByTestId("theme-switch")).ToBeVisibleAsync();
        Assert.False(await IsDarkAsync(page));

        await page.GetByTestId("theme-button").ClickAsync();
        await page.GetByTestId("theme-dark").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(17, 26, 31)");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Ui.Slow);
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(17, 26, 31)");
        Assert.Equal("Dark", await page.EvaluateAsync<string>("() => localStorage.getItem('euca.theme')"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "theme-dark-dashboard.png") });

        await page.GetByTestId("theme-button").ClickAsync();
        await page.GetByTestId("theme-system").ClickAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", "rgb(17, 26, 31)");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(17, 26, 31)", new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task The_navigation_stays_beside_the_page_on_a_wide_screen_until_closed_and_opens_over_it_on_a_phone_until_a_page_is_chosen()
    {
        var page = await fixture.SandboxPageAsync();
        var nav = page.GetByTestId("console-nav");
        await Assertions.Expect(nav).ToBeVisibleAsync(Ui.Slow);
        await Assertions.Expect(page.GetByTestId("drawer-toggle-wide")).ToHaveAttributeAsync("aria-expanded", "true");
        await page.GetByTestId("drawer-toggle-wide").ClickAsync();
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("drawer-toggle-wide")).ToHaveAttributeAsync("aria-expanded", "false");
        await page.GetByTestId("drawer-toggle-wide").ClickAsync();
        await Assertions.Expect(nav).ToBeVisibleAsync();

        await page.SetViewportSizeAsync(390, 800);
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("drawer-toggle-wide")).ToBeHiddenAsync();
        await page.GetByTestId("drawer-toggle-narrow").ClickAsync();
        await Assertions.Expect(nav).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("drawer-toggle-narrow")).ToHaveAttributeAsync("aria-expanded", "true");
        // Slid in whole (it moves in over 225 ms), over the page rather than beside it.
        await page.WaitForFunctionAsync("() => document.getElementById('console-drawer').getBoundingClientRect().left >= 0");
        Assert.Equal(0, await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.mud-main-content')).marginLeft)"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "phone-navigation-open.png") });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Volumes" }).ClickAsync();
        await page.WaitForURLAsync("**/volumes", new() { Timeout = 30_000 });
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("drawer-toggle-narrow")).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task The_bars_small_menus_close_on_a_choice_on_a_click_outside_and_on_escape()
    {
        var page = await fixture.SandboxPageAsync("light");
        var menu = page.GetByTestId("theme-switch");
        await page.GetByTestId("theme-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("theme-dark")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByTestId("theme-dark")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("theme-button")).ToBeFocusedAsync();

        await page.GetByTestId("theme-button").ClickAsync();
        await page.GetByTestId("dashboard-identity").ClickAsync();
        await Assertions.Expect(page.GetByTestId("theme-dark")).ToBeHiddenAsync();

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("language-option").First).ToBeVisibleAsync();
        await page.GetByTestId("theme-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("language-option").First).ToBeHiddenAsync();
        await page.GetByTestId("theme-light").ClickAsync();
        await Assertions.Expect(page.GetByTestId("theme-light")).ToBeHiddenAsync();
        Assert.Null(await menu.GetAttributeAsync("open"));
    }

    [Fact]
    public async Task At_phone_width_the_top_bar_fits_and_the_identity_and_sign_out_are_in_the_account_menu()
    {
        var page = await fixture.SandboxPageAsync();
        // Opened on the phone (not a desktop page squeezed): the layout settles for that width.
        await page.SetViewportSizeAsync(360, 740);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Ui.Slow);
        await Assertions.Expect(page.GetByTestId("identity-toggle")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[aria-busy=true]")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("sign-out")).ToBeHiddenAsync();

        // Nothing of the bar runs past the right edge of the screen.
        var overflow = await page.EvaluateAsync<double>(
            "() => Math.max(...[...document.querySelectorAll('.mud-appbar *')].map(e => e.getBoundingClientRect().right)) - window.innerWidth");
        Assert.True(overflow <= 0.5, $"the top bar runs {overflow} px past the screen");
        var wide = await page.EvaluateAsync<string>("""
            () => document.documentElement.scrollWidth <= window.innerWidth ? '' :
                [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')
            """);
        Assert.True(wide.Length == 0, $"the page scrolls sideways at 360 px: {wide}");

        await page.GetByTestId("identity-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("identity-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.GetByTestId("identity-name")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "phone-account-menu.png") });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByTestId("sign-out")).ToBeHiddenAsync();

        await page.GetByTestId("identity-toggle").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync("**/signin?signedOut=1", new() { Timeout = 30_000 });
    }
}
