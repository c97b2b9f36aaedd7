using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Compute;

/// <summary>The images page's search bar: the post's facets and filter keys, and how an image answers them.</summary>
public static class ImageSearch
{
    /// <summary>Server-side facet: which images to ask the cloud for.</summary>
    public const string OwnerFacet = "owner_alias";

    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new(OwnerFacet, "Images owned by", [new("", "Anyone"), new("self", "Me (or shared with me)")]),
        new("platform", "Platform", [new("linux", "Linux"), new("windows", "Windows")]),
        new("architecture", "Architecture", [new("x86_64", "64-bit"), new("i386", "32-bit"), new("arm64", "64-bit ARM")]),
        new("root_device_type", "Root device", [new("ebs", "EBS"), new("instance-store", "Instance store")]),
        new("tag", "Tag", []),
    ];

    /// <summary>
    /// Options for the values a list holds beyond the defined ones (moto reports root device type
    /// "standard"; a cloud may have others), so every image can be found through the facet.
    /// </summary>
    public static IReadOnlyList<FacetOption> UndefinedOptions(string facet, IEnumerable<string> values)
    {
        var defined = Facets.FirstOrDefault(f => f.Name == facet)?.Options ?? [];
        return [.. values.Where(v => defined.All(o => o.Key != v)).Order(StringComparer.Ordinal)
            .Select(v => new FacetOption(v, v.Length == 0 ? v : char.ToUpperInvariant(v[0]) + v[1..]))];
    }

    /// <summary>
    /// Counts for the "Images owned by" options, which choose what to ask the cloud for rather than filter
    /// the list: "Me (or shared with me)" counts the listed images owned by the account or not public;
    /// "Anyone" is counted only when the list already holds everyone's images (else it would be a guess).
    /// </summary>
    public static IReadOnlyDictionary<string, int> OwnerCounts(SearchIndex<Image> index, SearchQuery query, string? account)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        var others = query with { Conditions = [.. query.Conditions.Where(c => c.Name != OwnerFacet)] };
        var matching = index.Filter(others).Select(i => index.Items[i]).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["self"] = matching.Count(i => i.OwnerId == account || !i.IsPublic),
        };
        if (!ReferenceEquals(CloudQuery(query), ImageQuery.OwnedOrShared))
        {
            counts[""] = matching.Count;
        }

        return counts;
    }

    /// <summary>As the post lists them.</summary>
    public static IReadOnlyList<string> FilterKeys { get; } =
        ["architecture", "description", "id", "name", "owner_alias", "platform_name", "root_device_type", "tagged_name"];

    public static SearchFields<Image> Fields { get; } = new SearchFields<Image>()
        .Facet("platform", i => i.Platform)
        .Facet("architecture", i => i.Architecture)
        .Facet("root_device_type", i => i.RootDeviceType)
        .FacetMany("tag", i => i.Tags.Select(t => $"{t.Key}={t.Value}"))
        .Text("architecture", i => i.Architecture)
        .Text("description", i => i.Description)
        .Text("id", i => i.Id)
        .Text("name", i => i.Name)
        .Text("owner_alias", i => i.OwnerAlias ?? i.OwnerId)
        .Text("platform_name", i => i.Platform == "windows" ? "Windows" : "Linux")
        .Text("root_device_type", i => i.RootDeviceType)
        .Text("tagged_name", i => i.Tags.FirstOrDefault(t => t.Key == "Name")?.Value);

    /// <summary>
    /// The cloud query for the owner chips: "Anyone" asks for every image the user may launch (on AWS
    /// tens of thousands, so only on request); otherwise owned and shared images.
    /// </summary>
    public static ImageQuery CloudQuery(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Conditions.Any(c => c.Name == OwnerFacet && c.Key.Length == 0 && !c.Negated) ? new ImageQuery([], []) : ImageQuery.OwnedOrShared;
    }

    public static IReadOnlyList<TableColumn<Image>> Columns { get; } =
    [
        new("Name", i => i.Name ?? i.Tags.FirstOrDefault(t => t.Key == "Name")?.Value),
        new("ID", i => i.Id) { Copyable = true },
        new("Platform", i => i.Platform == "windows" ? "Windows" : "Linux"),
        new("Architecture", i => i.Architecture),
        new("Root device", i => i.RootDeviceType),
        new("Owner", i => i.OwnerAlias ?? i.OwnerId),
        new("State", i => i.State),
        new("Created", i => i.CreationDate?.ToString("d", System.Globalization.CultureInfo.CurrentCulture)) { SortKey = i => i.CreationDate },
    ];

    public static ResourceDefinition<Image> Definition { get; } = new(ResourceCatalog.Images, i => i.Id, Facets, FilterKeys, Fields, ["tag"], Columns);
}
