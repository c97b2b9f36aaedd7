using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Scaling;

/// <param name="UserData">Decoded text (the API carries it base64-encoded).</param>
public sealed record LaunchConfiguration(
    string Name,
    string? Arn,
    string ImageId,
    string InstanceType,
    string? KeyName,
    IReadOnlyList<string> SecurityGroups,
    string? UserData,
    string? IamInstanceProfile,
    bool Monitoring,
    IReadOnlyList<BlockDevice> BlockDevices,
    DateTimeOffset? CreatedTime);
