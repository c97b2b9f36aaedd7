using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace EucaConsole.Components.Layout;

/// <summary>The theme's stylesheet for the mode shown: one markup frame holding the process's shared string.</summary>
public sealed class ThemeStyles : ComponentBase
{
    [Inject] private ThemeStylesheets Stylesheets { get; set; } = default!;

    [Parameter] public bool Dark { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, Stylesheets.For(Dark));
}
