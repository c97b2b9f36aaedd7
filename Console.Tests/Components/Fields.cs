using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Tests.Components;

/// <summary>A MudBlazor text field's input (MudBlazor puts the test id on the input itself) by its test id.</summary>
public static class Fields
{
    /// <summary>
    /// Types into a MudBlazor field and waits until the field shows it: MudBlazor may set the value after the input event
    /// returns, and a click right after would otherwise act on the old value (seen under CI load).
    /// </summary>
    public static void Type<T>(this IRenderedComponent<T> rendered, string testId, string value)
        where T : IComponent
    {
        ArgumentNullException.ThrowIfNull(rendered);
        rendered.Field(testId).Input(value);
        rendered.WaitForAssertion(() =>
        {
            var field = rendered.Field(testId);
            Assert.Equal(value, field.GetAttribute("value") ?? field.TextContent);
        });
    }

    public static IElement Field<T>(this IRenderedComponent<T> rendered, string testId)
        where T : IComponent =>
        rendered.Find($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea");
}
