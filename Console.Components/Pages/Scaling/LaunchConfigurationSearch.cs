using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Scaling;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Scaling;

/// <summary>The launch configurations page's search bar.</summary>
public static class LaunchConfigurationSearch
{
    /// <summary>Facets whose options come from the data.</summary>
    public static IReadOnlyList<string> DataFacets { get; } = ["instance_type", "image", "key_name", "instance_profile"];

    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("instance_type", "Instance type", []),
        new("image", "Image", []),
        new("key_name", "Key pair", []),
        new("instance_profile", "Instance profile", []),
        new("monitoring", "Monitoring", [new("detailed", "Detailed"), new("basic", "Basic")]),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "image", "instance_type", "key_name", "instance_profile", "security_groups"];

    public static SearchFields<LaunchConfiguration> Fields { get; } = new SearchFields<LaunchConfiguration>()
        .Facet("instance_type", c => c.InstanceType)
        .Facet("image", c => c.ImageId)
        .Facet("key_name", c => c.KeyName)
        .Facet("instance_profile", c => c.IamInstanceProfile)
        .Facet("monitoring", c => c.Monitoring ? "detailed" : "basic")
        .Text("name", c => c.Name)
        .Text("image", c => c.ImageId)
        .Text("instance_type", c => c.InstanceType)
        .Text("key_name", c => c.KeyName)
        .Text("instance_profile", c => c.IamInstanceProfile)
        .Text("security_groups", c => string.Join(' ', c.SecurityGroups));

    public static IReadOnlyList<TableColumn<LaunchConfiguration>> Columns { get; } =
    [
        new("Name", c => c.Name),
        new("Image", c => c.ImageId),
        new("Type", c => c.InstanceType),
        new("Key pair", c => c.KeyName),
        new("Instance profile", c => c.IamInstanceProfile),
        new("Created", c => c.CreatedTime?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = c => c.CreatedTime },
    ];

    public static ResourceDefinition<LaunchConfiguration> Definition { get; } =
        new(ResourceCatalog.LaunchConfigurations, c => c.Name, Facets, FilterKeys, Fields, DataFacets, Columns);
}
