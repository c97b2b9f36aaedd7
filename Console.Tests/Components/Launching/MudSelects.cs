using AngleSharp.Dom;
using Bunit;
using MudBlazor;

namespace EucaConsole.Tests.Components.Launching;

/// <summary>Picks an option of a MudSelect in a bUnit test: open it, then click the option in the popover provider.</summary>
public static class MudSelects
{
    public static void Choose<T>(IRenderedComponent<T> page, IRenderedComponent<MudPopoverProvider> popovers, string testId, string option)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(popovers);
        // MudSelect opens on mouse down on its input control.
        var control = page.Find($"[data-testid={testId}]").Closest(".mud-input-control") ?? throw new InvalidOperationException($"{testId} is not in a MudSelect");
        control.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == option));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == option).Click();
    }
}
