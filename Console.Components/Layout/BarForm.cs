namespace EucaConsole.Components.Layout;

/// <summary>
/// The top bar's one form (in <see cref="MainLayout"/>): a protected POST carrying the page to come back
/// to. The bar's buttons submit it from wherever they sit (<c>form</c>) to their own endpoint
/// (<c>formaction</c>): a language, a region, sign out.
/// </summary>
public static class BarForm
{
    public const string Id = "console-bar-form";
}
