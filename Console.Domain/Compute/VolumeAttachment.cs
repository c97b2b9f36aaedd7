namespace EucaConsole.Domain.Compute;

public sealed record VolumeAttachment(string InstanceId, string Device, string State);
