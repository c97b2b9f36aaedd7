namespace EucaConsole.Domain.Compute;

/// <summary>A block device mapping of an image or launch configuration.</summary>
public sealed record BlockDevice(string DeviceName, string? SnapshotId, int? VolumeSize, string? VolumeType, bool? DeleteOnTermination, string? VirtualName);
