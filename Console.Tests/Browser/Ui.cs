using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>How the browser tests reach MudBlazor's fields and selects, as a person would.</summary>
public static class Ui
{
    public static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    /// <summary>The input of a MudTextField (or a plain input) by its test id.</summary>
    public static ILocator Field(IPage page, string testId)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;
    }

    /// <summary>Opens a MudSelect and clicks the option holding <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string option)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    public static async Task ConfirmAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToHaveCountAsync(0);
    }

    /// <summary>The row of a resource table whose text holds <paramref name="text"/>.</summary>
    public static ILocator Row(IPage page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("tr[data-key]").Filter(new() { HasText = text });
    }
}
