using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EucaConsole.Components.Catalog;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>
/// axe-core over every page of the console (lists with a detail open, wizards, sign-in), in both
/// themes and at desktop and phone widths: no serious or critical violation. At phone width each page's
/// screenshot is kept (the light ones in docs/images with EUCA_DOCS_SCREENSHOTS=1) to be looked at.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    /// <summary>Lists (whose first row is opened too) and the pages that make things.</summary>
    private static readonly string[] Lists = [.. ResourceCatalog.Kinds.Select(k => k.Path)];

    private static readonly string[] Others =
        [ResourceCatalog.DashboardPath, .. ResourceCatalog.Kinds.Select(k => k.Create?.Path).OfType<string>()];

    public static TheoryData<string, int> Screens => new() { { "light", 1280 }, { "dark", 1280 }, { "light", 390 }, { "dark", 390 } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_page_has_no_serious_or_critical_accessibility_violation(string theme, int width)
    {
        var problems = new StringBuilder();
        var signIn = await fixture.NewPageAsync(theme);
        await signIn.SetViewportSizeAsync(width, 844);
        await signIn.GotoAsync("/signin");
        await Assertions.Expect(signIn.Locator("form").First).ToBeVisibleAsync(Ui.Slow);
        await CheckAsync(signIn, "/signin", problems);
        await signIn.Context.CloseAsync();

        var page = await fixture.SandboxPageAsync(theme);
        await page.SetViewportSizeAsync(width, 844);
        foreach (var route in Others.Concat(Lists))
        {
            try
            {
                await OpenAsync(page, route);
                await CheckAsync(page, route, problems);
                await KeepAsync(page, route, theme, width);
                if (Lists.Contains(route) && await page.Locator("tr[data-key]").CountAsync() > 0)
                {
                    // Opened with the keyboard (the row's own model): a click lands on whatever cell is at that point at this width.
                    // A side panel on most lists; a page of its own for a stack. Either way the address names the item.
                    // Tried again when the table re-rendered between the focus and the key (a reload replaces its rows).
                    // On a loaded machine the address may change only after a wait ran out: a stack's page has no
                    // rows to press again, so each attempt first looks whether the detail is open already.
                    for (var attempt = 1; ; attempt++)
                    {
                        try
                        {
                            if (!NamesAnItem(page.Url, route))
                            {
                                await page.Locator("tr[data-key]").First.PressAsync("Enter", new() { Timeout = 10_000 });
                            }

                            await page.WaitForURLAsync(url => NamesAnItem(url, route), new() { Timeout = 10_000, WaitUntil = WaitUntilState.Commit });
                            break;
                        }
                        catch (TimeoutException) when (attempt < 3)
                        {
                        }
                    }
                    await SettleAsync(page);
                    await CheckAsync(page, route + " (detail)", problems);
                    await KeepAsync(page, route + "-detail", theme, width);
                }
            }
            catch (Exception error) when (error is PlaywrightException or TimeoutException)
            {
                throw new InvalidOperationException($"{route} ({theme}, {width} px): {error.Message}\nFound so far:\n{problems}", error);
            }
        }

        await page.Context.CloseAsync();
        Assert.True(problems.Length == 0, $"axe, {theme} theme at {width} px:\n{problems}");
    }

    /// <summary>The address is the list's with an item's key after it (<c>/volumes/vol-1</c>, <c>/stacks/web</c>).</summary>
    private static bool NamesAnItem(string url, string route) => new Uri(url).AbsolutePath.Length > route.Length + 1;

    private static async Task OpenAsync(IPage page, string route)
    {
        await page.GotoAsync(route);
        await Assertions.Expect(page.Locator("h4, h1").First).ToBeVisibleAsync(Ui.Slow);
        await SettleAsync(page);
    }

    /// <summary>Lists and tiles have loaded (nothing busy), and transitions are over.</summary>
    private static async Task SettleAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("[aria-busy=true]")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(300);
    }

    private static async Task CheckAsync(IPage page, string route, StringBuilder problems)
    {
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            problems.AppendLine(CultureInfo.InvariantCulture, $"{route}: [{violation.Impact}] {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes.Take(4))
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target}  {node.Html[..Math.Min(200, node.Html.Length)]}");
                var why = string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message));
                problems.AppendLine(CultureInfo.InvariantCulture, $"      {why[..Math.Min(300, why.Length)]}");
            }
        }
    }

    private static async Task KeepAsync(IPage page, string route, string theme, int width)
    {
        // The light ones go to the user guide (with EUCA_DOCS_SCREENSHOTS=1); the dark ones stay with the test results.
        if (width > 400)
        {
            return;
        }

        var slug = route.Trim('/').Replace('/', '-') is { Length: > 0 } name ? name : "dashboard";
        var directory = theme == "light" ? RepositoryPaths.Screenshots : Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, $"phone-{theme}-{slug}.png"), FullPage = false });
    }
}
