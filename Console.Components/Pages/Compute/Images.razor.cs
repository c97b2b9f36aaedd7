using EucaConsole.Components.Resources;
using EucaConsole.Components.Session;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Pages.Compute;

public partial class Images
{
    private string _cloudQueryKey = "owned-or-shared";
    private string? _account;

    /// <summary>The image whose details are open (<c>/images/ami-…</c>).</summary>
    [Parameter] public string? ImageId { get; set; }

    [Inject] private IImageService ImagesCloud { get; set; } = default!;

    [Inject] private IComputeBasics Basics { get; set; } = default!;

    [Inject] private CurrentSession Session { get; set; } = default!;

    public override ResourceDefinition<Image> Definition => ImageSearch.Definition;

    public override string? DetailKey => ImageId;

    /// <summary>"Images owned by" chooses what the cloud is asked for: a change reloads.</summary>
    public override string LoadKey => _cloudQueryKey;

    public override bool HasBeforeReload => true;

    protected override async Task OnInitializedAsync() => _account = (await Session.GetAsync())?.Principal.Account;

    public override Task<IReadOnlyList<Image>> LoadAsync(CancellationToken cancellationToken) =>
        ImagesCloud.DescribeImagesAsync(ImageSearch.CloudQuery(Query), cancellationToken);

    /// <summary>Reload is fresh: this user's cached copy is dropped (and the other processes told).</summary>
    public override Task BeforeReloadAsync(CancellationToken cancellationToken) =>
        ImagesCloud.ForgetImagesAsync(ImageSearch.CloudQuery(Query), cancellationToken);

    protected override Task<Image?> FindAsync(string key, CancellationToken cancellationToken) => ImagesCloud.DescribeImageAsync(key, cancellationToken);

    protected override Dictionary<string, IReadOnlyList<FacetOption>> OptionsFor(SearchIndex<Image> index)
    {
        var options = base.OptionsFor(index);
        options["root_device_type"] = ImageSearch.UndefinedOptions("root_device_type", index.Values("root_device_type"));
        return options;
    }

    protected override IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> CountsFor(SearchIndex<Image> index, SearchQuery query) =>
        new Dictionary<string, IReadOnlyDictionary<string, int>>(index.Counts(query), StringComparer.Ordinal)
        {
            [ImageSearch.OwnerFacet] = ImageSearch.OwnerCounts(index, query, _account),
        };

    protected override async Task OnItemsLoadedAsync(IReadOnlyList<Image> items) =>
        AsOf = await ImagesCloud.ImagesFetchedAtAsync(ImageSearch.CloudQuery(Query), CancellationToken.None);

    public override Task QueryChangedAsync(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _cloudQueryKey = ReferenceEquals(ImageSearch.CloudQuery(query), ImageQuery.OwnedOrShared) ? "owned-or-shared" : "anyone";
        return base.QueryChangedAsync(query);
    }

    private Task EditTagsAsync(Image image) => EditTagsAsync(Basics, image.Id, image.Name ?? image.Id, image.Tags);

    private async Task DeregisterAsync(Image image)
    {
        if (!await ConfirmAsync(L["Deregister image"], L["The image can no longer be launched. Its snapshots are kept. This cannot be undone."],
                [$"{image.Id} {image.Name}"], "Deregister"))
        {
            return;
        }

        if (await RunAsync(L["{0} deregistered", image.Id], ct => ImagesCloud.DeregisterImageAsync(image.Id, ct)))
        {
            CloseDetail();
        }
    }
}
