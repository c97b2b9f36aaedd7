using EucaConsole.Components.Catalog;
using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Compute;

public partial class Instances
{
    // Private IP, key pair and image are in the details and the column chooser: with them the table is wider than a 1280 px screen.
    private static readonly Lazy<ResourceDefinition<Instance>> LazyDefinition = new(() => new(ResourceCatalog.Instances, i => i.Id,
        InstanceSearch.Facets, InstanceSearch.FilterKeys, InstanceSearch.Fields, InstanceSearch.DataFacets,
        [
            new("Name", i => i.Name),
            new("ID", i => i.Id) { Copyable = true },
            new("State", i => i.State) { Html = StateBadge },
            new("Type", i => i.InstanceType),
            new("Zone", i => i.AvailabilityZone),
            new("Public IP", i => i.PublicIp),
            new("Private IP", i => i.PrivateIp) { HiddenByDefault = true },
            new("Key pair", i => i.KeyName) { HiddenByDefault = true },
            new("Image", i => i.ImageId) { HiddenByDefault = true },
            new("Launched", i => i.LaunchTime?.ToString("g", System.Globalization.CultureInfo.CurrentCulture)) { SortKey = i => i.LaunchTime },
        ]));

    private IReadOnlyDictionary<string, string> _imageNames = new Dictionary<string, string>();

    /// <summary>The state as a coloured badge, in the row's shared markup (the cloud's word encoded).</summary>
    private static string StateBadge(Instance instance)
    {
        var state = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(instance.State);
        return $"<span class=\"state state-{state}\" data-testid=\"instance-state\">{state}</span>";
    }

    /// <summary>The instance whose details are open (<c>/instances/i-…</c>).</summary>
    [Parameter] public string? InstanceId { get; set; }

    /// <summary>Instances the launch wizard just started (comma-separated ids), highlighted.</summary>
    [SupplyParameterFromQuery(Name = "launched")] public string? Launched { get; set; }

    [Inject] private IInstanceService InstancesCloud { get; set; } = default!;

    [Inject] private IImageService ImagesCloud { get; set; } = default!;

    [Inject] private IComputeBasics Basics { get; set; } = default!;

    public override ResourceDefinition<Instance> Definition => LazyDefinition.Value;

    public override string? DetailKey => InstanceId;

    public override bool Selectable => true;

    protected override Task OnParametersSetAsync()
    {
        Highlighted = string.IsNullOrWhiteSpace(Launched) ? null
            : new HashSet<string>(Launched.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        return base.OnParametersSetAsync();
    }

    public override async Task<IReadOnlyList<Instance>> LoadAsync(CancellationToken cancellationToken)
    {
        var instances = await InstancesCloud.DescribeInstancesAsync(cancellationToken);
        await LoadImageNamesAsync(cancellationToken);
        return instances;
    }

    protected override async Task<Instance?> FindAsync(string key, CancellationToken cancellationToken) =>
        System.Text.RegularExpressions.Regex.IsMatch(key, "^i-[0-9a-f]{8,17}$")
            ? (await InstancesCloud.DescribeInstancesAsync(cancellationToken, key)).FirstOrDefault(i => i.Id == key)
            : null;

    protected override bool IsChanging(Instance item) => InstanceSearch.IsTransitional(item);

    protected override Dictionary<string, IReadOnlyList<FacetOption>> OptionsFor(SearchIndex<Instance> index)
    {
        var options = InstanceSearch.DataFacets.ToDictionary(f => f,
            f => (IReadOnlyList<FacetOption>)[.. index.Values(f).Order(StringComparer.Ordinal).Take(200).Select(v => new FacetOption(v, OptionLabel(f, v)))]);
        // Root device types beyond EBS and instance store (moto says "standard") are offered as they are.
        options["root_device"] = [.. index.Values("root_device").Where(v => v is not ("ebs" or "instance-store")).Select(v => new FacetOption(v, v))];
        return options;
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
            _imageNames = ImageNames.For(images);
        }
        catch (CloudException)
        {
            // The facet then offers the ids; the page itself does not depend on the image list.
        }
    }

    private string OptionLabel(string facet, string value) =>
        facet == "image" && _imageNames.TryGetValue(value, out var name) ? $"{name} ({value})" : value;

    private bool Can(string fromState) => Selection.Count > 0 && Selection.Any(i => i.State == fromState);

    private Task StartAsync(IReadOnlyList<Instance> pool) =>
        ActAsync("Start", Eligible(pool, "stopped"), (ids, ct) => InstancesCloud.StartInstancesAsync(ids, ct), confirm: null);

    private Task StopAsync(IReadOnlyList<Instance> pool) => ActAsync("Stop", Eligible(pool, "running"), (ids, ct) => InstancesCloud.StopInstancesAsync(ids, ct),
        confirm: L["The instances stop; instance-store data is lost and public IPs not held by an elastic IP change on start."]);

    private Task RebootAsync(IReadOnlyList<Instance> pool) =>
        ActAsync("Reboot", Eligible(pool, "running"), (ids, ct) => InstancesCloud.RebootInstancesAsync(ids, ct), confirm: null);

    private Task TerminateAsync(IReadOnlyList<Instance> pool) => ActAsync("Terminate", [.. pool.Where(i => i.State is not ("terminated" or "shutting-down"))],
        (ids, ct) => InstancesCloud.TerminateInstancesAsync(ids, ct),
        confirm: L["The instances are shut down and deleted, with their EBS root volumes marked delete-on-termination. This cannot be undone."]);

    private static IReadOnlyList<Instance> Eligible(IReadOnlyList<Instance> pool, string state) => [.. pool.Where(i => i.State == state)];

    private async Task ActAsync(string verb, IReadOnlyList<Instance> targets, Func<IReadOnlyList<string>, CancellationToken, Task> action, string? confirm)
    {
        if (targets.Count == 0)
        {
            return;
        }

        var labels = targets.Select(i => i.Name is null ? i.Id : $"{i.Id} ({i.Name})").ToList();
        if (confirm is not null && !await ConfirmAsync(targets.Count == 1 ? L["{0} 1 instance?", L[verb]] : L["{0} {1} instances?", L[verb], targets.Count], confirm, labels, verb))
        {
            return;
        }

        await RunAsync(L["{0}: {1}", L[verb], string.Join(", ", labels)], ct => action([.. targets.Select(i => i.Id)], ct));
    }

    private async Task ConsoleOutputAsync(Instance instance)
    {
        if (await Commands.ReadAsync(ct => InstancesCloud.GetConsoleOutputAsync(instance.Id, ct), Leaving) is { Succeeded: true, Value: var output })
        {
            await Dialogs.ShowAsync<ConsoleOutputDialog>(L["Console output of {0}", instance.Name ?? instance.Id],
                new DialogParameters<ConsoleOutputDialog> { { d => d.Output, output } },
                DialogSizes.Large);
        }
    }

    private Task EditTagsAsync(Instance instance) => EditTagsAsync(Basics, instance.Id, instance.Name ?? instance.Id, instance.Tags);

    private async Task CreateImageAsync(Instance instance)
    {
        var reference = await Dialogs.ShowAsync<CreateImageDialog>(L["Create an image from {0}", instance.Name ?? instance.Id], new DialogParameters<CreateImageDialog>(),
            DialogSizes.Small);
        if (await reference.Result is not { Canceled: false, Data: ValueTuple<string, string?, bool> chosen })
        {
            return;
        }

        var (name, description, noReboot) = chosen;
        string? imageId = null;
        if (await RunAsync(L["Image {0} is being made", name], async ct => imageId = await ImagesCloud.CreateImageAsync(instance.Id, name, description, noReboot, ct))
            && imageId is not null)
        {
            Snackbar.Add(L["Image {0} will be listed on the images page once it is available.", imageId], Severity.Info);
        }
    }

    private Task<bool> SetProtectionAsync(Instance instance, bool enabled) => Commands.RunAsync(
        enabled ? L["Termination protection on"] : L["Termination protection off"],
        ct => InstancesCloud.SetTerminationProtectionAsync(instance.Id, enabled, ct));

    private Task<bool> SetShutdownAsync(Instance instance, string behavior) => Commands.RunAsync(
        L["A shutdown now does: {0}", behavior], ct => InstancesCloud.SetShutdownBehaviorAsync(instance.Id, behavior, ct));

    private async Task PasswordAsync(Instance instance) =>
        await Dialogs.ShowAsync<WindowsPasswordDialog>(L["Windows password of {0}", instance.Name ?? instance.Id], new DialogParameters<WindowsPasswordDialog>
        {
            { d => d.InstanceId, instance.Id }, { d => d.KeyName, instance.KeyName },
        }, DialogSizes.SmallKeptOnEscape);
}
