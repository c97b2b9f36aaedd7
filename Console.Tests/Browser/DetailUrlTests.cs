using System.Text.RegularExpressions;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>Every resource's detail has its own URL: opened from the list, it survives a reload, and back closes it keeping the search.</summary>
[Collection(BrowserTests.Name)]
public sealed class DetailUrlTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    [Theory]
    [InlineData("/instances", "web-1", "instance-detail", "instances/i-")]
    [InlineData("/images", "web-server-al2023", "image-detail", "images/ami-")]
    [InlineData("/roles", "sandbox-web-role", "role-detail", "roles/sandbox-web-role")]
    [InlineData("/launch-configurations", "sandbox-web-lc", "lc-detail", "launch-configurations/sandbox-web-lc")]
    public async Task A_detail_opened_from_the_list_survives_a_reload_and_back_closes_it_keeping_the_search(
        string list, string row, string detailTestId, string detailPath)
    {
        var page = await fixture.SandboxPageAsync();
        await page.GotoAsync(list);
        await page.GetByTestId("ms-input").FillAsync(row);
        await page.Locator("tr[data-key]").Filter(new() { HasText = row }).First.ClickAsync(new() { Timeout = 30_000 });

        await Assertions.Expect(page.GetByTestId(detailTestId)).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(detailPath) + ".*text=" + Regex.Escape(row)));
        if (list == "/instances")
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "instance-detail.png") });
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId(detailTestId)).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByTestId(detailTestId)).ToContainTextAsync(row);

        await page.GoBackAsync();
        await Assertions.Expect(page.GetByTestId(detailTestId)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(list) + "\\?.*text=" + Regex.Escape(row)));
        await Assertions.Expect(page.Locator("tr[data-key]").Filter(new() { HasText = row }).First).ToBeVisibleAsync(Slow);
    }

    [Fact]
    public async Task An_instances_settings_change_with_the_keyboard_and_read_back_after_a_reload()
    {
        var page = await fixture.SandboxPageAsync();
        await page.GotoAsync("/instances");
        await page.GetByTestId("ms-input").FillAsync("batch-worker");
        await page.Locator("tr[data-key]").Filter(new() { HasText = "batch-worker" }).First.ClickAsync(new() { Timeout = 30_000 });
        var protection = page.GetByTestId("termination-protection");
        await Assertions.Expect(protection).ToBeVisibleAsync(Slow);
        await Assertions.Expect(protection).Not.ToBeCheckedAsync();

        await protection.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByText("Termination protection on")).ToBeVisibleAsync(Slow);
        await page.GetByTestId("shutdown-behavior").FocusAsync();
        await page.GetByTestId("shutdown-behavior").SelectOptionAsync("terminate");
        await Assertions.Expect(page.GetByText("A shutdown now does: terminate")).ToBeVisibleAsync(Slow);
        await page.GetByTestId("instance-settings").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "instance-settings.png") });
        await page.SetViewportSizeAsync(390, 844);
        await page.GetByTestId("instance-settings").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "phone-instance-settings.png") });

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("termination-protection")).ToBeCheckedAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("shutdown-behavior")).ToHaveValueAsync("terminate");

        // Put back as the sandbox had it.
        await page.GetByTestId("termination-protection").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByText("Termination protection off")).ToBeVisibleAsync(Slow);
        await page.GetByTestId("shutdown-behavior").SelectOptionAsync("stop");
        await Assertions.Expect(page.GetByText("A shutdown now does: stop")).ToBeVisibleAsync(Slow);
    }

    [Fact]
    public async Task At_1280_pixels_the_instances_table_fits_its_box()
    {
        var page = await fixture.SandboxPageAsync();
        await page.GotoAsync("/instances");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow);

        var widths = await page.EvaluateAsync<int[]>(
            "() => { const box = document.querySelector('.rt-scroll'); return [box.scrollWidth, box.clientWidth]; }");
        var (scroll, client) = (widths[0], widths[1]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "instances-1280.png") });

        Assert.True(scroll <= client, $"the table is {scroll} px wide in a {client} px box");
        await Assertions.Expect(page.Locator("th").Filter(new() { HasText = "Launched" })).ToBeVisibleAsync();
    }
}
