using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Scaling;

/// <param name="IamInstanceProfile">Instance profile name or ARN.</param>
public sealed record LaunchConfigurationSpec(
    string Name,
    string ImageId,
    string InstanceType,
    string? KeyName = null,
    IReadOnlyList<string>? SecurityGroups = null,
    string? UserData = null,
    string? IamInstanceProfile = null,
    bool Monitoring = false,
    IReadOnlyList<BlockDevice>? BlockDevices = null);
