using System.Collections.Concurrent;

namespace EucaConsole.Components.Lite;

/// <summary>
/// MudBlazor's CSS classes for the hot-path elements drawn as plain markup (docs/architecture.md, "One UI
/// dialect"): the look of MudButton, MudText, MudLink, MudChip, MudSimpleTable, MudLayout and MudNavLink
/// without a component per element per circuit. The only place outside MudBlazor itself that names a
/// <c>mud-</c> class (a source test keeps it so, and another checks every class named here exists in the
/// stylesheet of the pinned MudBlazor). Each class string is made once per process, not per render.
/// </summary>
public static class Mud
{
    /// <summary>The button variants, theme colours, sizes and typographies the console uses; anything else is refused.</summary>
    public static readonly IReadOnlyList<string> Variants = ["text", "outlined", "filled"];

    public static readonly IReadOnlyList<string> Colors = ["default", "primary", "error", "inherit"];

    public static readonly IReadOnlyList<string> Sizes = ["small", "medium", "large"];

    public static readonly IReadOnlyList<string> Typos = ["h4", "h6", "subtitle2", "body1", "body2", "caption"];

    private static readonly ConcurrentDictionary<(string Variant, string Color, string Size), string> Buttons = new();
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Links = new(StringComparer.Ordinal);

    public const string IconButton = "mud-button-root mud-icon-button mud-ripple mud-ripple-icon";

    public const string SmallIconButton = IconButton + " mud-icon-button-size-small";

    /// <summary>An icon button on the app bar: the bar's text colour, its hover, flush with the bar's start.</summary>
    public const string BarIconButton = IconButton + " mud-inherit-text hover:mud-inherit-hover mud-icon-button-edge-start";

    public const string InheritText = "mud-inherit-text";

    /// <summary>The span holding a text button's icon and words.</summary>
    public const string ButtonLabel = "mud-button-label";

    public const string Chip = "mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-default";

    public const string ChipContent = "mud-chip-content";

    public const string SimpleTable = "mud-table mud-simple-table mud-table-dense mud-elevation-0";

    public const string TableContainer = "mud-table-container";

    /// <summary>A floating surface (menus, panels).</summary>
    public const string Raised = "mud-elevation-8";

    public const string Popup = "mud-elevation-4";

    public const string Layout = "mud-layout";

    public const string AppBar = "mud-appbar mud-appbar-dense mud-appbar-fixed-top mud-elevation-1";

    public const string Toolbar = "mud-toolbar mud-toolbar-dense mud-toolbar-gutters mud-toolbar-appbar";

    public const string Drawer = "mud-drawer mud-drawer-fixed mud-drawer-pos-left mud-elevation-1";

    public const string DrawerContent = "mud-drawer-content";

    public const string MainContent = "mud-main-content";

    public const string Container = "mud-container mud-container-maxwidth-xl mud-container--gutters";

    public const string NavMenu = "mud-navmenu mud-navmenu-default";

    public const string NavLink = "mud-nav-link";

    public const string NavLinkActive = "mud-nav-link active";

    public const string NavLinkText = "mud-nav-link-text";

    public const string NavLinkIcon = "mud-nav-link-icon";

    /// <summary>A text button: one of <see cref="Variants"/>, <see cref="Colors"/> and <see cref="Sizes"/>.</summary>
    public static string Button(string variant, string color = "default", string size = "medium") =>
        Buttons.GetOrAdd((Known(variant, Variants), Known(color, Colors), Known(size, Sizes)),
            key => $"mud-button-root mud-button mud-button-{key.Variant} mud-button-{key.Variant}-{key.Color} mud-button-{key.Variant}-size-{key.Size} mud-ripple");

    /// <summary>MudText's classes for one of <see cref="Typos"/>.</summary>
    public static string Text(string typo) => Texts.GetOrAdd(Known(typo, Typos), key => $"mud-typography mud-typography-{key}");

    /// <summary>MudLink's classes (primary colour, underlined on hover) in one of <see cref="Typos"/>.</summary>
    public static string Link(string typo) =>
        Links.GetOrAdd(Known(typo, Typos), key => $"mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-{key}");

    private static string Known(string value, IReadOnlyList<string> allowed) => allowed.Contains(value)
        ? value
        : throw new ArgumentException($"'{value}' is not one of {string.Join(", ", allowed)}: add it to the list, and the upgrade test checks it.", nameof(value));
}
