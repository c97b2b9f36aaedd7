namespace EucaConsole.Domain.Compute;

public sealed record Volume(
    string Id,
    string? Name,
    int Size,
    string VolumeType,
    string State,
    string AvailabilityZone,
    string? SnapshotId,
    DateTimeOffset? CreateTime,
    IReadOnlyList<VolumeAttachment> Attachments,
    IReadOnlyList<Tag> Tags);
