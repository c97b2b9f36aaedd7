using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Lite;

/// <summary>
/// MudBlazor's icons, buttons' icon slots included, as one markup frame each instead of a component:
/// a <c>MudIcon</c> or <c>MudIconButton</c> is a component with two render-tree buffers and parameter
/// state, kept for as long as it is on screen in every circuit (docs/architecture.md, "Circuits under
/// load"). The markup is the same as MudBlazor renders, so its styles apply unchanged.
/// </summary>
/// <remarks>
/// Only for MudBlazor's <c>Icons</c> constants (static SVG paths): the icon goes into the markup as is,
/// so anything else — a name from a cloud reply, say — is refused. One copy per icon and size for the
/// whole process.
/// </remarks>
public static class Glyph
{
    // Icons, sizes and a few hundred button words in a few languages: far below this; past it, markup is made per use.
    private const int MaxMade = 4096;

    private static readonly ConcurrentDictionary<(string Icon, string Size, string Slot), MarkupString> Made = new();

    // Every string constant under MudBlazor.Icons (Material.Filled.Menu, …): the only SVG let through.
    private static readonly Lazy<HashSet<string>> KnownIcons = new(() =>
    {
        var icons = new HashSet<string>(StringComparer.Ordinal);
        var types = new Stack<Type>([typeof(MudBlazor.Icons)]);
        while (types.TryPop(out var type))
        {
            foreach (var nested in type.GetNestedTypes())
            {
                types.Push(nested);
            }

            foreach (var field in type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            {
                if (field.IsLiteral && field.GetRawConstantValue() is string icon)
                {
                    icons.Add(icon);
                }
            }
        }

        return icons;
    });

    /// <summary>A bare icon, as <c>MudIcon</c> renders it ("small", "medium", "large").</summary>
    public static MarkupString Icon(string icon, string size = "medium", string? cssClass = null) =>
        Made.GetOrAdd((Known(icon), size, cssClass ?? string.Empty), key => new(Svg(key.Icon, key.Size, key.Slot)));

    /// <summary>The inside of an icon button: the icon in MudIconButton's label span.</summary>
    public static MarkupString ButtonLabel(string icon, string size = "medium") =>
        Made.GetOrAdd((Known(icon), size, "button-label"), key => new($"<span class=\"mud-icon-button-label\">{Svg(key.Icon, key.Size, null)}</span>"));

    /// <summary>A text button's leading icon, as MudButton's <c>StartIcon</c> renders it (put the text after it).</summary>
    public static MarkupString StartIcon(string icon, string size = "medium") =>
        Made.GetOrAdd((Known(icon), size, "start-icon"),
            key => new($"<span class=\"mud-button-icon-start mud-button-icon-size-{key.Size}\">{Svg(key.Icon, key.Size, null)}</span>"));

    /// <summary>
    /// A text button's inside — its leading icon and its words, encoded — as one markup frame instead of four
    /// (the label span, its class, the icon, the text). Kept per icon, size and text for the process, up to a bound.
    /// </summary>
    public static MarkupString Labelled(string icon, string text, string size = "small")
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = (Known(icon), size, "labelled:" + text);
        if (Made.TryGetValue(key, out var made))
        {
            return made;
        }

        made = new($"<span class=\"{Mud.ButtonLabel}\">{StartIcon(icon, size).Value}{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text)}</span>");
        return Made.Count < MaxMade ? Made.GetOrAdd(key, made) : made;
    }

    private static string Known(string icon) => KnownIcons.Value.Contains(icon)
        ? icon
        : throw new ArgumentException("Only MudBlazor's Icons constants are drawn as markup.", nameof(icon));

    private static string Svg(string icon, string size, string? cssClass) =>
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{size}{(string.IsNullOrEmpty(cssClass) ? string.Empty : " " + cssClass)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{icon}</svg>";
}
