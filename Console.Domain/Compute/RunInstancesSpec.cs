namespace EucaConsole.Domain.Compute;

/// <param name="IamInstanceProfileArn">The instance profile to launch with (a role is turned into one by the launch wizard).</param>
public sealed record RunInstancesSpec(
    string ImageId,
    string InstanceType,
    int Count,
    string? KeyName = null,
    IReadOnlyList<string>? SecurityGroupIds = null,
    string? AvailabilityZone = null,
    string? UserData = null,
    bool Monitoring = false,
    string? IamInstanceProfileArn = null,
    IReadOnlyList<Tag>? Tags = null);
