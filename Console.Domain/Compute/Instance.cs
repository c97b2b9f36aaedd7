namespace EucaConsole.Domain.Compute;

public sealed record Instance(
    string Id,
    string? Name,
    string State,
    string InstanceType,
    string ImageId,
    string? KeyName,
    string AvailabilityZone,
    string? PrivateIp,
    string? PublicIp,
    string? PublicDnsName,
    string RootDeviceType,
    string? Platform,
    string? Architecture,
    IReadOnlyList<GroupRef> SecurityGroups,
    string? IamInstanceProfileArn,
    DateTimeOffset? LaunchTime,
    bool Monitoring,
    IReadOnlyList<Tag> Tags,
    string? RootDeviceName = null,
    IReadOnlyList<InstanceVolume>? Volumes = null);
