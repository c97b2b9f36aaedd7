using MudBlazor;

namespace EucaConsole.Components.Navigation;

/// <summary>
/// The pages that exist, grouped as the cloud's services. A group shows in the menu only when it
/// holds a page, so the menu never links to something that is not built yet.
/// </summary>
public static class ConsoleNavigation
{
    public static readonly IReadOnlyList<string> Groups = ["Compute", "Storage", "Network and security", "Scaling", "Load balancing", "Identity", "Stacks"];

    public static readonly NavigationEntry Dashboard = new(string.Empty, "Dashboard", "/", Icons.Material.Filled.Dashboard);

    public static readonly IReadOnlyList<NavigationEntry> Pages =
    [
        new("Compute", "Instances", "/instances", Icons.Material.Filled.Dns, Exact: true),
        new("Compute", "Images", "/images", Icons.Material.Filled.Album),
        new("Compute", "Launch instances", "/instances/launch", Icons.Material.Filled.RocketLaunch),
        new("Storage", "Volumes", "/volumes", Icons.Material.Filled.Storage),
        new("Storage", "Snapshots", "/snapshots", Icons.Material.Filled.PhotoCamera),
        new("Network and security", "Security groups", "/security-groups", Icons.Material.Filled.Security),
        new("Network and security", "Key pairs", "/key-pairs", Icons.Material.Filled.VpnKey),
        new("Network and security", "Elastic IPs", "/addresses", Icons.Material.Filled.Public),
        new("Scaling", "Scaling groups", "/scaling-groups", Icons.Material.Filled.AutoGraph),
        new("Scaling", "Launch configurations", "/launch-configurations", Icons.Material.Filled.SettingsSuggest),
        new("Load balancing", "Load balancers", "/load-balancers", Icons.Material.Filled.CallSplit),
        new("Load balancing", "Server certificates", "/server-certificates", Icons.Material.Filled.VerifiedUser),
        new("Identity", "Users", "/users", Icons.Material.Filled.Person),
        new("Identity", "Groups", "/groups", Icons.Material.Filled.Groups),
        new("Identity", "Roles", "/roles", Icons.Material.Filled.Badge),
        new("Stacks", "Stacks", "/stacks", Icons.Material.Filled.Layers),
    ];

    public static IEnumerable<(string Group, IReadOnlyList<NavigationEntry> Entries)> VisibleGroups() =>
        Groups.Select(g => (g, (IReadOnlyList<NavigationEntry>)Pages.Where(p => p.Group == g).ToList()))
              .Where(g => g.Item2.Count > 0);
}
