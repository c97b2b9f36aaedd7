using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Events;
using EucaConsole.Components.Navigation;
using EucaConsole.Components.Session;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Compute;

public partial class Images : IDisposable
{
    private static readonly IReadOnlyList<TableColumn<Image>> Columns =
    [
        new("Name", i => i.Name ?? i.Tags.FirstOrDefault(t => t.Key == "Name")?.Value),
        new("ID", i => i.Id) { Copyable = true },
        new("Platform", i => i.Platform == "windows" ? "Windows" : "Linux"),
        new("Architecture", i => i.Architecture),
        new("Root device", i => i.RootDeviceType),
        new("Owner", i => i.OwnerAlias ?? i.OwnerId),
        new("State", i => i.State),
        new("Created", i => i.CreationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = i => i.CreationDate },
    ];

    private ResourceTable<Image>? _table;
    private IDisposable? _loadedSubscription;
    private SearchQuery _query = SearchQuery.Empty;
    private string _cloudQueryKey = "owned-or-shared";
    private SearchIndex<Image>? _index;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? _counts;
    private IReadOnlyDictionary<string, IReadOnlyList<FacetOption>>? _dataOptions;
    private DetailRoute<Image> _route = default!;
    private string? _account;
    private DateTimeOffset? _asOf;

    /// <summary>The image whose details are open (<c>/images/ami-…</c>).</summary>
    [Parameter] public string? ImageId { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IComputeBasics BasicsCloud { get; set; } = default!;

    [Inject] private IImageService ImagesCloud { get; set; } = default!;

    [Inject] private EventBus Bus { get; set; } = default!;

    [Inject] private SearchIndexes Indexes { get; set; } = default!;

    [Inject] private CurrentSession Session { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _route = new DetailRoute<Image>("/images", image => image.Id, ImagesCloud.DescribeImageAsync);
        _account = (await Session.GetAsync())?.Principal.Account;
        // The table says when it has the list; the page then counts options for the search bar.
        _loadedSubscription = Bus.Subscribe<ItemsLoaded<Image>>(loaded =>
        {
            _index = Indexes.For(loaded.Items, ImageSearch.Fields);
            _dataOptions = new Dictionary<string, IReadOnlyList<FacetOption>>
            {
                ["tag"] = [.. _index.Values("tag").Order(StringComparer.Ordinal).Take(200).Select(v => new FacetOption(v, v))],
                ["root_device_type"] = ImageSearch.UndefinedOptions("root_device_type", _index.Values("root_device_type")),
            };
            UpdateCounts();
            return InvokeAsync(async () =>
            {
                _asOf = await ImagesCloud.ImagesFetchedAtAsync(ImageSearch.CloudQuery(_query), CancellationToken.None);
                await _route.LoadedAsync(loaded.Items);
                StateHasChanged();
            });
        });
    }

    protected override Task OnParametersSetAsync() => _route.ShowAsync(ImageId);

    private Task<IReadOnlyList<Image>> LoadAsync(CancellationToken cancellationToken) =>
        ImagesCloud.DescribeImagesAsync(ImageSearch.CloudQuery(_query), cancellationToken);

    private Task QueryChangedAsync(SearchQuery query)
    {
        _query = query;
        _cloudQueryKey = ReferenceEquals(ImageSearch.CloudQuery(query), ImageQuery.OwnedOrShared) ? "owned-or-shared" : "anyone";
        UpdateCounts();
        return Task.CompletedTask;
    }

    private void UpdateCounts()
    {
        if (_index is null)
        {
            _counts = null;
            return;
        }

        var counts = new Dictionary<string, IReadOnlyDictionary<string, int>>(_index.Counts(_query), StringComparer.Ordinal)
        {
            [ImageSearch.OwnerFacet] = ImageSearch.OwnerCounts(_index, _query, _account),
        };
        _counts = counts;
    }

    private void Open(Image image) => Navigation.NavigateTo(_route.OpenUrl(Navigation, image));

    private void CloseDetail(bool open)
    {
        if (!open)
        {
            Navigation.NavigateTo(_route.CloseUrl(Navigation));
        }
    }

    private async Task EditTagsAsync(Image image)
    {
        var reference = await Dialogs.ShowAsync<TagEditorDialog>($"Tags of {image.Name ?? image.Id}", new DialogParameters<TagEditorDialog>
        {
            { d => d.ResourceId, image.Id },
            { d => d.Tags, image.Tags },
        }, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        if (await reference.Result is not { Canceled: false, Data: IReadOnlyList<Tag> tags })
        {
            return;
        }

        var changes = TagChanges.Between(image.Tags, tags);
        if (changes.IsEmpty)
        {
            return;
        }

        await RunAsync($"Tags of {image.Id} saved", async () =>
        {
            if (changes.Removed.Count > 0)
            {
                await BasicsCloud.DeleteTagsAsync([image.Id], changes.Removed, CancellationToken.None);
            }

            if (changes.Written.Count > 0)
            {
                await BasicsCloud.CreateTagsAsync([image.Id], changes.Written, CancellationToken.None);
            }

            _route.Replace(image with { Tags = tags });
        });
    }

    private async Task DeregisterAsync(Image image)
    {
        if (!await ConfirmDialog.AskAsync(Dialogs, "Deregister image",
                "The image can no longer be launched. Its snapshots are kept. This cannot be undone.", [$"{image.Id} {image.Name}"], "Deregister"))
        {
            return;
        }

        await RunAsync($"{image.Id} deregistered", async () =>
        {
            await ImagesCloud.DeregisterImageAsync(image.Id, CancellationToken.None);
            CloseDetail(false);
        });
    }

    /// <summary>Runs a change, reports it, and has the table reload (the cache was invalidated by the change).</summary>
    private async Task RunAsync(string done, Func<Task> change)
    {
        try
        {
            await change();
            Snackbar.Add(done, Severity.Success);
            await Bus.PublishAsync(new RefreshRequested("images"));
        }
        catch (CloudException error)
        {
            Snackbar.Add(error.Describe(), Severity.Error, options => options.RequireInteraction = true);
        }
    }

    public void Dispose()
    {
        _loadedSubscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
