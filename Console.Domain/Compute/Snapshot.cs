namespace EucaConsole.Domain.Compute;

public sealed record Snapshot(
    string Id,
    string? Name,
    string VolumeId,
    int VolumeSize,
    string State,
    string? Progress,
    string? Description,
    string OwnerId,
    DateTimeOffset? StartTime,
    IReadOnlyList<Tag> Tags);
