using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Storage;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Storage;

public partial class Snapshots
{
    /// <summary>The snapshot whose details are open (<c>/snapshots/snap-…</c>).</summary>
    [Parameter] public string? SnapshotId { get; set; }

    [Inject] private IVolumeService VolumesCloud { get; set; } = default!;

    [Inject] private IImageService ImagesCloud { get; set; } = default!;

    [Inject] private IComputeBasics Basics { get; set; } = default!;

    public override ResourceDefinition<Snapshot> Definition => SnapshotSearch.Definition;

    public override string? DetailKey => SnapshotId;

    public override Task<IReadOnlyList<Snapshot>> LoadAsync(CancellationToken cancellationToken) => VolumesCloud.DescribeSnapshotsAsync(cancellationToken);

    protected override async Task<Snapshot?> FindAsync(string key, CancellationToken cancellationToken) =>
        System.Text.RegularExpressions.Regex.IsMatch(key, "^snap-[0-9a-f]{8,17}$")
            ? await VolumesCloud.FindSnapshotAsync(key, cancellationToken)
            : null;

    protected override bool IsChanging(Snapshot item) => item.State == "pending";

    private async Task CreateAsync()
    {
        if (await Commands.ReadAsync(VolumesCloud.DescribeVolumesAsync, Leaving) is not { Succeeded: true, Value: var all })
        {
            return;
        }

        IReadOnlyList<Volume> volumes = [.. all.Where(v => v.State is "available" or "in-use")];

        var reference = await Dialogs.ShowAsync<CreateSnapshotDialog>(L["Create snapshot"], new DialogParameters<CreateSnapshotDialog> { { d => d.Volumes, volumes } },
            DialogSizes.Small);
        if (await reference.Result is { Canceled: false, Data: (string volumeId, string description) })
        {
            await RunAsync(L["Snapshot of {0} started", volumeId], ct => VolumesCloud.CreateSnapshotAsync(volumeId, description.Length == 0 ? null : description, ct));
        }
    }

    private async Task RegisterImageAsync(Snapshot snapshot)
    {
        var reference = await Dialogs.ShowAsync<RegisterImageDialog>(L["Register an image from {0}", snapshot.Id],
            new DialogParameters<RegisterImageDialog> { { d => d.SnapshotId, snapshot.Id } },
            DialogSizes.Small);
        if (await reference.Result is not { Canceled: false, Data: RegisterImageForm form })
        {
            return;
        }

        string? imageId = null;
        if (await RunAsync(L["Image registered"], async ct => imageId = await ImagesCloud.RegisterImageAsync(form.ToSpec(), ct), refresh: false)
            && imageId is not null)
        {
            Navigation.NavigateTo(ResourceCatalog.Images.Detail(imageId));
        }
    }

    private async Task DeleteAsync(Snapshot snapshot)
    {
        if (await ConfirmAsync(L["Delete snapshot"], L["Volumes made from it are kept; an image registered from it can no longer launch. This cannot be undone."],
                [$"{snapshot.Id} {snapshot.Name ?? snapshot.Description}"], "Delete")
            && await RunAsync(L["{0} deleted", snapshot.Id], ct => VolumesCloud.DeleteSnapshotAsync(snapshot.Id, ct)))
        {
            CloseDetail();
        }
    }

    private Task EditTagsAsync(Snapshot snapshot) => EditTagsAsync(Basics, snapshot.Id, snapshot.Name ?? snapshot.Id, snapshot.Tags);
}
