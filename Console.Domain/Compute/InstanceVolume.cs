namespace EucaConsole.Domain.Compute;

/// <summary>A volume attached to an instance, as its block device mapping says.</summary>
public sealed record InstanceVolume(string DeviceName, string VolumeId, string? Status, bool? DeleteOnTermination);
