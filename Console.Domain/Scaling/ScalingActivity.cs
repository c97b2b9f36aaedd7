namespace EucaConsole.Domain.Scaling;

public sealed record ScalingActivity(
    string Id,
    string GroupName,
    string? Description,
    string? Cause,
    string StatusCode,
    int? Progress,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime);
