using EucaConsole.Components.Catalog;
using MudBlazor;

namespace EucaConsole.Components.Navigation;

/// <summary>
/// The side navigation, made from <see cref="ResourceCatalog"/>: each kind's list, and the create pages
/// that have an entry of their own, under their service. A group shows only when it holds a page.
/// </summary>
public static class ConsoleNavigation
{
    public static IReadOnlyList<string> Groups => ResourceCatalog.Services;

    public static readonly NavigationEntry Dashboard = new(string.Empty, "Dashboard", ResourceCatalog.DashboardPath, Icons.Material.Filled.Dashboard);

    public static readonly IReadOnlyList<NavigationEntry> Pages = [.. ResourceCatalog.Kinds.SelectMany(EntriesOf)];

    public static IEnumerable<(string Group, IReadOnlyList<NavigationEntry> Entries)> VisibleGroups() =>
        Groups.Select(g => (g, (IReadOnlyList<NavigationEntry>)Pages.Where(p => p.Group == g).ToList()))
              .Where(g => g.Item2.Count > 0);

    private static IEnumerable<NavigationEntry> EntriesOf(ResourceKind kind)
    {
        yield return new(kind.Group, kind.Title, kind.Path, kind.Icon, kind.ExactMatch);
        if (kind.Create is { InNavigation: true } create)
        {
            yield return new(kind.Group, create.Title, create.Path, create.Icon);
        }
    }
}
