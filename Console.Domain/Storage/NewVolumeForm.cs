namespace EucaConsole.Domain.Storage;

/// <summary>A volume to create: empty of a size, or from a snapshot (at least the snapshot's size).</summary>
public sealed class NewVolumeForm
{
    public string AvailabilityZone { get; set; } = string.Empty;

    /// <summary>GiB; null from a snapshot means the snapshot's size.</summary>
    public int? SizeGiB { get; set; }

    public string VolumeType { get; set; } = "gp3";

    public string SnapshotId { get; set; } = string.Empty;

    /// <summary>The chosen snapshot's size, for the check that the volume is at least as large.</summary>
    public int? SnapshotSizeGiB { get; set; }

    public string Name { get; set; } = string.Empty;
}
