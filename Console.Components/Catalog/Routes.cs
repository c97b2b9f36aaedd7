using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Catalog;

/// <summary>
/// Addresses that carry a query (a wizard pre-filled, a list showing what was just made), typed so no page
/// spells a path or a parameter name by hand. A plain list or detail is <see cref="ResourceKind.Path"/> or
/// <see cref="ResourceKind.Detail"/>.
/// </summary>
public static class Routes
{
    /// <summary>The launch wizard, with an image chosen when given.</summary>
    public static string LaunchInstances(string? imageId = null) => With(ResourceCatalog.LaunchInstancesPath, "image", imageId);

    /// <summary>The instances list highlighting the ones just launched.</summary>
    public static string InstancesLaunched(IEnumerable<string> instanceIds) =>
        With(ResourceCatalog.InstancesPath, "launched", string.Join(',', instanceIds));

    public static string NewLaunchConfiguration(string? imageId = null) => With(ResourceCatalog.NewLaunchConfigurationPath, "image", imageId);

    public static string NewScalingGroup(string? launchConfiguration = null) =>
        With(ResourceCatalog.NewScalingGroupPath, "launchConfiguration", launchConfiguration);

    /// <summary>The roles list highlighting the one just made.</summary>
    public static string RoleCreated(string name) => With(ResourceCatalog.RolesPath, "created", name);

    /// <summary>The volumes list with the create dialog open on a snapshot.</summary>
    public static string VolumeFromSnapshot(string snapshotId) => With(ResourceCatalog.VolumesPath, "fromSnapshot", snapshotId);

    /// <summary>A list searched (the search bar's query in the address).</summary>
    public static string Searched(string listPath, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return With(listPath, Search.UrlState.FacetsParameter, query.ToFragment());
    }

    private static string With(string path, string name, string? value) =>
        string.IsNullOrEmpty(value) ? path : $"{path}?{name}={Uri.EscapeDataString(value)}";
}
