namespace EucaConsole.Domain.Compute;

/// <summary>EBS volumes and snapshots.</summary>
public interface IVolumeService
{
    Task<IReadOnlyList<Volume>> DescribeVolumesAsync(CancellationToken cancellationToken);

    /// <summary>One volume by id (a detail's address), asked for alone; null when there is none.</summary>
    Task<Volume?> FindVolumeAsync(string volumeId, CancellationToken cancellationToken);

    Task<Volume> CreateVolumeAsync(string availabilityZone, int sizeGiB, string? volumeType, string? snapshotId, CancellationToken cancellationToken);

    Task AttachVolumeAsync(string volumeId, string instanceId, string device, CancellationToken cancellationToken);

    /// <summary>Detaches a volume from the instance it is attached to (naming the instance, as some clouds require).</summary>
    Task DetachVolumeAsync(string volumeId, string instanceId, bool force, CancellationToken cancellationToken);

    Task DeleteVolumeAsync(string volumeId, CancellationToken cancellationToken);

    /// <summary>Snapshots owned by the caller (the public ones number in the hundreds of thousands on AWS).</summary>
    Task<IReadOnlyList<Snapshot>> DescribeSnapshotsAsync(CancellationToken cancellationToken);

    /// <summary>One snapshot by id (a detail's address), asked for alone; null when there is none.</summary>
    Task<Snapshot?> FindSnapshotAsync(string snapshotId, CancellationToken cancellationToken);

    Task<Snapshot> CreateSnapshotAsync(string volumeId, string? description, CancellationToken cancellationToken);

    Task DeleteSnapshotAsync(string snapshotId, CancellationToken cancellationToken);
}
