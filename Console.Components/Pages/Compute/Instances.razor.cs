using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Events;
using EucaConsole.Components.Navigation;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Compute;

public partial class Instances : IDisposable
{
    private readonly CancellationTokenSource _leaving = new();
    private readonly RefreshSchedule _schedule = new();
    private ResourceTable<Instance>? _table;
    private IDisposable? _loadedSubscription;
    private SearchQuery _query = SearchQuery.Empty;
    private SearchIndex<Instance>? _index;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? _counts;
    private IReadOnlyDictionary<string, IReadOnlyList<FacetOption>>? _dataOptions;
    private IReadOnlyList<Instance> _selection = [];
    private CancellationTokenSource? _pendingRefresh;
    private DetailRoute<Instance> _route = default!;

    /// <summary>The instance whose details are open (<c>/instances/i-…</c>).</summary>
    [Parameter] public string? InstanceId { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IComputeBasics BasicsCloud { get; set; } = default!;

    [Inject] private IImageService ImagesCloud { get; set; } = default!;

    [Inject] private IInstanceService InstancesCloud { get; set; } = default!;

    [Inject] private EventBus Bus { get; set; } = default!;

    [Inject] private SearchIndexes Indexes { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>Instances the launch wizard just started (comma-separated ids), highlighted.</summary>
    [SupplyParameterFromQuery(Name = "launched")] public string? Launched { get; set; }

    private IReadOnlySet<string>? _launched;
    private Dictionary<string, string> _imageNames = [];

    // Private IP, key pair and image are in the details and the column chooser: with them the table is wider than a 1280 px screen.
    // Lazy: the state cell template is a static of the .razor part, and partial files initialise in no set order.
    private static readonly Lazy<IReadOnlyList<TableColumn<Instance>>> LazyColumns = new(() =>
    [
        new("Name", i => i.Name),
        new("ID", i => i.Id) { Copyable = true },
        new("State", i => i.State) { Template = StateCell },
        new("Type", i => i.InstanceType),
        new("Zone", i => i.AvailabilityZone),
        new("Public IP", i => i.PublicIp),
        new("Private IP", i => i.PrivateIp) { HiddenByDefault = true },
        new("Key pair", i => i.KeyName) { HiddenByDefault = true },
        new("Image", i => i.ImageId) { HiddenByDefault = true },
        new("Launched", i => i.LaunchTime?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = i => i.LaunchTime },
    ]);

    private static IReadOnlyList<TableColumn<Instance>> Columns => LazyColumns.Value;

    protected override Task OnParametersSetAsync()
    {
        _launched = string.IsNullOrWhiteSpace(Launched) ? null
            : new HashSet<string>(Launched.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        return _route.ShowAsync(InstanceId);
    }

    protected override void OnInitialized()
    {
        _route = new DetailRoute<Instance>("/instances", instance => instance.Id, FindInstanceAsync);
        _loadedSubscription = Bus.Subscribe<ItemsLoaded<Instance>>(loaded =>
        {
            _index = Indexes.For(loaded.Items, InstanceSearch.Fields);
            var options = InstanceSearch.DataFacets.ToDictionary(f => f,
                f => (IReadOnlyList<FacetOption>)[.. _index.Values(f).Order(StringComparer.Ordinal).Take(200).Select(v => new FacetOption(v, OptionLabel(f, v)))]);
            // Root device types beyond EBS and instance store (moto says "standard") are offered as they are.
            options["root_device"] = [.. _index.Values("root_device").Where(v => v is not ("ebs" or "instance-store")).Select(v => new FacetOption(v, v))];
            _dataOptions = options;
            _counts = _index.Counts(_query);
            _selection = [.. _selection.Select(s => loaded.Items.FirstOrDefault(i => i.Id == s.Id)).OfType<Instance>()];
            ScheduleRefreshWhileChanging(loaded.Items);
            return InvokeAsync(async () =>
            {
                // An open detail follows the list: its state changes live while the list refreshes itself.
                await _route.LoadedAsync(loaded.Items);
                StateHasChanged();
            });
        });
    }

    private async Task<IReadOnlyList<Instance>> LoadAsync(CancellationToken cancellationToken)
    {
        var instances = await InstancesCloud.DescribeInstancesAsync(cancellationToken);
        await LoadImageNamesAsync(cancellationToken);
        return instances;
    }

    /// <summary>Image names for the Image facet's options (the user's images, from the shared cache); ids alone say little.</summary>
    private async Task LoadImageNamesAsync(CancellationToken cancellationToken)
    {
        if (_imageNames.Count > 0)
        {
            return;
        }

        try
        {
            var images = await ImagesCloud.DescribeImagesAsync(ImageQuery.OwnedOrShared, cancellationToken);
            _imageNames = images.Where(i => !string.IsNullOrEmpty(i.Name)).ToDictionary(i => i.Id, i => i.Name!, StringComparer.Ordinal);
        }
        catch (CloudException)
        {
            // The facet then offers the ids; the page itself does not depend on the image list.
        }
    }

    private string OptionLabel(string facet, string value) =>
        facet == "image" && _imageNames.TryGetValue(value, out var name) ? $"{name} ({value})" : value;

    private void QueryChanged(SearchQuery query)
    {
        _query = query;
        _counts = _index?.Counts(query);
    }

    private bool Can(string fromState) => _selection.Count > 0 && _selection.Any(i => i.State == fromState);

    /// <summary>While any instance is pending, stopping or shutting down, look again later (backing off); stop once all settle.</summary>
    private void ScheduleRefreshWhileChanging(IReadOnlyList<Instance> instances)
    {
        _pendingRefresh?.Cancel();
        if (!instances.Any(InstanceSearch.IsTransitional))
        {
            _schedule.Reset();
            return;
        }

        var delay = _schedule.Next();
        var pending = CancellationTokenSource.CreateLinkedTokenSource(_leaving.Token);
        _pendingRefresh = pending;
        _ = Task.Delay(delay, Time, pending.Token).ContinueWith(
            t => t.IsCompletedSuccessfully ? Bus.PublishAsync(new RefreshRequested("instances")) : Task.CompletedTask,
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
    }

    private Task StartAsync(IReadOnlyList<Instance> pool) =>
        ActAsync("Start", Eligible(pool, "stopped"), ids => InstancesCloud.StartInstancesAsync(ids, _leaving.Token), confirm: null);

    private Task StopAsync(IReadOnlyList<Instance> pool) => ActAsync("Stop", Eligible(pool, "running"), ids => InstancesCloud.StopInstancesAsync(ids, _leaving.Token),
        confirm: "The instances stop; instance-store data is lost and public IPs not held by an elastic IP change on start.");

    private Task RebootAsync(IReadOnlyList<Instance> pool) =>
        ActAsync("Reboot", Eligible(pool, "running"), ids => InstancesCloud.RebootInstancesAsync(ids, _leaving.Token), confirm: null);

    private Task TerminateAsync(IReadOnlyList<Instance> pool) => ActAsync("Terminate", [.. pool.Where(i => i.State is not ("terminated" or "shutting-down"))],
        ids => InstancesCloud.TerminateInstancesAsync(ids, _leaving.Token),
        confirm: "The instances are shut down and deleted, with their EBS root volumes marked delete-on-termination. This cannot be undone.");

    private static IReadOnlyList<Instance> Eligible(IReadOnlyList<Instance> pool, string state) => [.. pool.Where(i => i.State == state)];

    private void Open(Instance instance) => Navigation.NavigateTo(_route.OpenUrl(Navigation, instance));

    private void CloseDetail(bool open)
    {
        if (!open)
        {
            Navigation.NavigateTo(_route.CloseUrl(Navigation));
        }
    }

    private async Task<Instance?> FindInstanceAsync(string id, CancellationToken cancellationToken) =>
        System.Text.RegularExpressions.Regex.IsMatch(id, "^i-[0-9a-f]{8,17}$")
            ? (await InstancesCloud.DescribeInstancesAsync(cancellationToken, id)).FirstOrDefault(i => i.Id == id)
            : null;

    private async Task ActAsync(string verb, IReadOnlyList<Instance> targets, Func<IReadOnlyList<string>, Task> action, string? confirm)
    {
        if (targets.Count == 0)
        {
            return;
        }

        var labels = targets.Select(i => i.Name is null ? i.Id : $"{i.Id} ({i.Name})").ToList();
        if (confirm is not null && !await ConfirmDialog.AskAsync(Dialogs, $"{verb} {targets.Count} instance{(targets.Count == 1 ? "" : "s")}?",
                confirm, labels, verb))
        {
            return;
        }

        try
        {
            await action([.. targets.Select(i => i.Id)]);
            Snackbar.Add($"{verb}: {string.Join(", ", labels)}", Severity.Success);
            _schedule.Reset();
            if (_table is not null)
            {
                await _table.ClearSelectionAsync();
            }

            await Bus.PublishAsync(new RefreshRequested("instances"));
        }
        catch (CloudException error)
        {
            Snackbar.Add(error.Describe(), Severity.Error, options => options.RequireInteraction = true);
        }
    }

    private async Task ConsoleOutputAsync(Instance instance)
    {
        try
        {
            var output = await InstancesCloud.GetConsoleOutputAsync(instance.Id, _leaving.Token);
            await Dialogs.ShowAsync<ConsoleOutputDialog>($"Console output of {instance.Name ?? instance.Id}",
                new DialogParameters<ConsoleOutputDialog> { { d => d.Output, output } },
                new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true });
        }
        catch (CloudException error)
        {
            Snackbar.Add(error.Describe(), Severity.Error);
        }
    }

    private async Task EditTagsAsync(Instance instance)
    {
        var reference = await Dialogs.ShowAsync<TagEditorDialog>($"Tags of {instance.Name ?? instance.Id}", new DialogParameters<TagEditorDialog>
        {
            { d => d.ResourceId, instance.Id },
            { d => d.Tags, instance.Tags },
        }, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        if (await reference.Result is not { Canceled: false, Data: IReadOnlyList<Tag> tags } || TagChanges.Between(instance.Tags, tags) is { IsEmpty: true } )
        {
            return;
        }

        var changes = TagChanges.Between(instance.Tags, tags);
        try
        {
            if (changes.Removed.Count > 0)
            {
                await BasicsCloud.DeleteTagsAsync([instance.Id], changes.Removed, _leaving.Token);
            }

            if (changes.Written.Count > 0)
            {
                await BasicsCloud.CreateTagsAsync([instance.Id], changes.Written, _leaving.Token);
            }

            Snackbar.Add($"Tags of {instance.Id} saved", Severity.Success);
            await Bus.PublishAsync(new RefreshRequested("instances"));
        }
        catch (CloudException error)
        {
            Snackbar.Add(error.Describe(), Severity.Error, options => options.RequireInteraction = true);
        }
    }

    public void Dispose()
    {
        _loadedSubscription?.Dispose();
        _pendingRefresh?.Cancel();
        _leaving.Cancel();
        _leaving.Dispose();
        GC.SuppressFinalize(this);
    }
}
