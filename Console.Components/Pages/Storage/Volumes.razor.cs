using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Storage;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Storage;

public partial class Volumes
{
    /// <summary>The volume whose details are open (<c>/volumes/vol-…</c>).</summary>
    [Parameter] public string? VolumeId { get; set; }

    /// <summary>A snapshot to make a volume from (the snapshots page links here with it).</summary>
    [SupplyParameterFromQuery(Name = "fromSnapshot")] public string? FromSnapshot { get; set; }

    [Inject] private IVolumeService VolumesCloud { get; set; } = default!;

    [Inject] private IInstanceService InstancesCloud { get; set; } = default!;

    [Inject] private IComputeBasics Basics { get; set; } = default!;

    public override ResourceDefinition<Volume> Definition => VolumeSearch.Definition;

    public override string? DetailKey => VolumeId;

    public override Task<IReadOnlyList<Volume>> LoadAsync(CancellationToken cancellationToken) => VolumesCloud.DescribeVolumesAsync(cancellationToken);

    protected override async Task<Volume?> FindAsync(string key, CancellationToken cancellationToken) =>
        System.Text.RegularExpressions.Regex.IsMatch(key, "^vol-[0-9a-f]{8,17}$")
            ? await VolumesCloud.FindVolumeAsync(key, cancellationToken)
            : null;

    protected override bool IsChanging(Volume item) => VolumeSearch.IsChanging(item);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && FromSnapshot is { Length: > 0 } snapshot)
        {
            await CreateAsync(snapshot);
        }
    }

    private async Task CreateAsync(string? snapshotId)
    {
        if (await Commands.ReadAsync(async ct => (Zones: (IReadOnlyList<string>)[.. (await Basics.DescribeAvailabilityZonesAsync(ct)).Select(z => z.Name)],
                Snapshots: (IReadOnlyList<Snapshot>)[.. (await VolumesCloud.DescribeSnapshotsAsync(ct)).Where(s => s.State == "completed")]), Leaving) is not { Succeeded: true, Value: var (zones, snapshots) })
        {
            return;
        }

        var reference = await Dialogs.ShowAsync<CreateVolumeDialog>(L["Create volume"], new DialogParameters<CreateVolumeDialog>
        {
            { d => d.Zones, zones }, { d => d.Snapshots, snapshots }, { d => d.SnapshotId, snapshotId },
        }, DialogSizes.Small);
        if (await reference.Result is not { Canceled: false, Data: NewVolumeForm form })
        {
            return;
        }

        Volume? created = null;
        await RunAsync(L["Volume created"], async ct =>
        {
            created = await VolumesCloud.CreateVolumeAsync(form.AvailabilityZone, form.SizeGiB ?? form.SnapshotSizeGiB ?? 1, form.VolumeType,
                form.SnapshotId.Length == 0 ? null : form.SnapshotId, ct);
            if (form.Name.Trim().Length > 0)
            {
                await Basics.CreateTagsAsync([created.Id], [new Tag("Name", form.Name.Trim())], ct);
            }
        });
        Highlighted = created is null ? Highlighted : new HashSet<string>(StringComparer.Ordinal) { created.Id };
    }

    private async Task AttachAsync(Volume volume)
    {
        if (await Commands.ReadAsync(ct => InstancesCloud.DescribeInstancesAsync(ct), Leaving) is not { Succeeded: true, Value: var instances })
        {
            return;
        }

        IReadOnlyList<Instance> candidates = [.. instances.Where(i => i.AvailabilityZone == volume.AvailabilityZone && i.State is "running" or "stopped" or "pending")];

        var reference = await Dialogs.ShowAsync<AttachVolumeDialog>(L["Attach {0}", volume.Name ?? volume.Id], new DialogParameters<AttachVolumeDialog>
        {
            { d => d.Zone, volume.AvailabilityZone }, { d => d.Instances, candidates },
        }, DialogSizes.Small);
        if (await reference.Result is { Canceled: false, Data: (string instanceId, string device) })
        {
            await RunAsync(L["{0} attaching to {1} as {2}", volume.Id, instanceId, device], ct => VolumesCloud.AttachVolumeAsync(volume.Id, instanceId, device, ct));
        }
    }

    private async Task DetachAsync(Volume volume, bool force)
    {
        var attachment = volume.Attachments[0];
        var message = force
            ? L["A forced detach does not wait for the instance to let go: data not yet written is lost and the file system may be damaged. Use it only when a normal detach is stuck."]
            : L["Unmount the volume in the instance first; the instance loses access to it."];
        if (!await ConfirmAsync(force ? L["Force detach volume"] : L["Detach volume"], message,
                [L["{0} from {1} ({2})", volume.Id, attachment.InstanceId, attachment.Device]], force ? L["Force detach"] : "Detach"))
        {
            return;
        }

        await RunAsync(L["{0} detaching", volume.Id], ct => VolumesCloud.DetachVolumeAsync(volume.Id, attachment.InstanceId, force, ct));
    }

    private async Task SnapshotAsync(Volume volume)
    {
        var description = await TextPromptDialog.AskAsync(Dialogs, L["Snapshot of {0}", volume.Name ?? volume.Id], "Description",
            L["The snapshot records the volume as it is now; for a consistent copy, stop writes or detach it first."],
            initial: volume.Name is null ? null : L["{0} snapshot", volume.Name].Value, confirmText: L["Create snapshot"]);
        if (description is not null)
        {
            await RunAsync(L["Snapshot of {0} started; see it on the snapshots page", volume.Id],
                ct => VolumesCloud.CreateSnapshotAsync(volume.Id, description.Length == 0 ? null : description, ct));
        }
    }

    private async Task DeleteAsync(Volume volume)
    {
        if (await ConfirmAsync(L["Delete volume"], L["Its data is gone; snapshots made from it are kept. This cannot be undone."],
                [$"{volume.Id} {volume.Name} ({volume.Size} GiB)"], "Delete")
            && await RunAsync(L["{0} deleted", volume.Id], ct => VolumesCloud.DeleteVolumeAsync(volume.Id, ct)))
        {
            CloseDetail();
        }
    }

    private Task EditTagsAsync(Volume volume) => EditTagsAsync(Basics, volume.Id, volume.Name ?? volume.Id, volume.Tags);
}
