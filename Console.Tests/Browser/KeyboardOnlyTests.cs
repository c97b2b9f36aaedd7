using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>A person without a mouse: only keys after each page address, no Click.</summary>
[Collection(BrowserTests.Name)]
public sealed class KeyboardOnlyTests(BrowserFixture fixture)
{
    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/> (as a person tabs to a control).</summary>
    private static async Task TabToAsync(IPage page, string selector, int most = 120)
    {
        for (var presses = 0; presses < most; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing'");
        throw new InvalidOperationException($"{most} presses of Tab did not reach {selector}; focus is on {focused}");
    }

    private static Task<string> FocusedKeyAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement?.dataset.key ?? ''");

    [Fact]
    public async Task An_instance_detail_opens_from_the_keyboard_and_an_instance_launches_from_the_wizard_without_a_mouse()
    {
        var page = await fixture.SandboxPageAsync();
        await page.GotoAsync("/instances");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Ui.Slow);

        // The whole table is one tab stop; arrows move between rows and focus follows.
        await TabToAsync(page, "tr[data-key]");
        var first = await FocusedKeyAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("tr[data-key][tabindex='0']")).Not.ToHaveAttributeAsync("data-key", first);
        // Focus follows the tab stop after the render reaches the browser: on a loaded machine, a moment after the attribute.
        await page.WaitForFunctionAsync("first => (document.activeElement?.dataset.key ?? first) !== first", first, new() { Timeout = 10_000 });
        var second = await FocusedKeyAsync(page);
        Assert.NotEqual(first, second);
        Assert.StartsWith("i-", second, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("side-panel")).ToBeVisibleAsync(Ui.Slow);
        Assert.EndsWith($"/instances/{second}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("side-panel")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByTestId("side-panel")).ToHaveCountAsync(0);

        // The wizard: search the images by typing, pick one from its table with Enter, then Next ... Launch.
        await page.GotoAsync("/instances/launch");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Ui.Slow);
        await TabToAsync(page, "input.ms-input");
        // At a person's pace: the box is still a controlled input, which can drop keys typed faster than a round trip (issue 16).
        await page.Keyboard.TypeAsync("web-server-al2023", new() { Delay = 80 });
        await Assertions.Expect(page.Locator("input.ms-input")).ToHaveValueAsync("web-server-al2023");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("tr[data-key]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await TabToAsync(page, "tr[data-key]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("chosen-image")).ToContainTextAsync("web-server-al2023", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToHaveAttributeAsync("aria-selected", "true");

        foreach (var title in new[] { "Type and count", "Details", "Tags" })
        {
            await TabToAsync(page, "[data-testid=wizard-next]");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync(title, new() { Timeout = 30_000 });
            if (title == "Type and count")
            {
                // The types load for the chosen image; Next before then would (rightly) be refused.
                await Assertions.Expect(Ui.Field(page, "instance-type")).Not.ToHaveValueAsync(string.Empty, new() { Timeout = 30_000 });
            }
            else if (title == "Details")
            {
                await Assertions.Expect(page.GetByTestId("security-groups").Locator("input[type=checkbox]").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
            }
        }

        await TabToAsync(page, "input[data-testid=tag-name], [data-testid=tag-name] input");
        await page.Keyboard.TypeAsync("launched-by-keyboard");
        await TabToAsync(page, "[data-testid=wizard-next]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync("Review", new() { Timeout = 30_000 });
        await TabToAsync(page, "[data-testid=wizard-finish]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/instances?launched=*", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("tr[data-key]").Filter(new() { HasText = "launched-by-keyboard" })).ToBeVisibleAsync(Ui.Slow);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_control_reached_with_Tab_shows_a_visible_focus_ring(string theme)
    {
        var page = await fixture.SandboxPageAsync(theme);
        await page.GotoAsync("/instances");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Ui.Slow);

        // Tab through the whole page once: every stop draws an outline of at least 2 px that is not transparent.
        var unringed = new List<string>();
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return { ok: true, what: '' };
                    const s = getComputedStyle(e);
                    const ok = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !s.outlineColor.endsWith(', 0)') && s.outlineColor !== 'transparent';
                    return { ok, what: e.tagName + '.' + e.className + ' ' + (e.getAttribute('aria-label') ?? e.textContent.trim().slice(0, 30)) };
                }
                """);
            if (!focus.GetProperty("ok").GetBoolean())
            {
                unringed.Add(focus.GetProperty("what").GetString()!);
            }
        }

        Assert.True(unringed.Count == 0, "no focus ring on: " + string.Join("; ", unringed.Distinct()));
    }
}
