using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Tests.Components;

/// <summary>A MudBlazor text field's input (MudBlazor puts the test id on the input itself) by its test id.</summary>
public static class Fields
{
    public static IElement Field<T>(this IRenderedComponent<T> rendered, string testId)
        where T : IComponent =>
        rendered.Find($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea");
}
