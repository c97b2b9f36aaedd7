namespace EucaConsole.Domain.Compute;

/// <param name="Platform">"windows" or "linux" (EC2 leaves it empty for everything that is not Windows).</param>
public sealed record Image(
    string Id,
    string? Name,
    string? Description,
    string OwnerId,
    string? OwnerAlias,
    string Platform,
    string Architecture,
    string RootDeviceType,
    string? RootDeviceName,
    string State,
    bool IsPublic,
    string ImageType,
    string? VirtualizationType,
    DateTimeOffset? CreationDate,
    IReadOnlyList<BlockDevice> BlockDevices,
    IReadOnlyList<Tag> Tags);
