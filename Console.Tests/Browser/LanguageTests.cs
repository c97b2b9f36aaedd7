using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>The browser's language picks the console's; the top bar's menu overrides it; untranslated pages stay in English and work.</summary>
[Collection(BrowserTests.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_Spanish_browser_gets_the_translated_pages_in_Spanish_the_rest_in_English_and_can_switch_to_English()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Console.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "es-ES",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Ui.Slow);

        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("h4").First).ToHaveTextAsync("Panel");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByText("Instancias", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("who-you-are")).ToContainTextAsync("Sesión iniciada como");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "spanish-dashboard.png") });

        await page.GotoAsync("/instances");
        await Assertions.Expect(page.GetByTestId("launch-instances")).ToHaveTextAsync("Lanzar instancias");
        await Assertions.Expect(page.GetByTestId("rt-summary")).ToContainTextAsync("instancias", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("th").Filter(new() { HasText = "Estado" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("ms-input")).ToHaveAttributeAsync("placeholder", "Filtre por faceta o escriba para buscar");
        await page.GetByTestId("ms-input").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ms-option").Filter(new() { HasText = "Zona de disponibilidad" })).ToHaveCountAsync(1);
        await page.GetByTestId("ms-input").PressAsync("Escape");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "spanish-instances.png") });

        // The domain's rules speak Spanish too: the wizard refuses to go on without an image, in the reader's language.
        await page.GotoAsync("/instances/launch");
        await Assertions.Expect(page.GetByTestId("wizard-next")).ToBeVisibleAsync(Ui.Slow);
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-problems")).ToContainTextAsync("Elija una imagen.");

        // A page not translated yet: English text inside the Spanish chrome, and it works.
        await page.GotoAsync("/volumes");
        await Assertions.Expect(page.Locator("h4").First).ToHaveTextAsync("Volúmenes");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Ui.Slow);
        await Assertions.Expect(page.GetByTestId("page-failure")).ToHaveCountAsync(0);

        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByTestId("language-option").Filter(new() { HasText = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h4").First).ToHaveTextAsync("Volumes", new() { Timeout = 30_000 });
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == ".AspNetCore.Culture");
        Assert.Equal("c%3Den%7Cuic%3Den", cookie.Value);
        Assert.True(cookie.HttpOnly);
        await context.CloseAsync();
    }
}
