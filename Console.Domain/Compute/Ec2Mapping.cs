using System.Globalization;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;

/// <summary>AWSSDK.EC2 shapes to the domain's records. SDK v4 leaves absent lists null, hence the ?? [].</summary>
internal static class Ec2Mapping
{
    public static IReadOnlyList<Tag> Tags(List<Ec2.Tag>? tags) =>
        tags is not { Count: > 0 } ? [] : tags.Select(t => new Tag(RepeatedValues.Of(t.Key)!, (t.Key == "Name" ? RepeatedValues.Of(t.Value) : t.Value) ?? string.Empty)).ToArray();

    /// <summary>The Name tag's value (names repeat: the instances of a scaling group share theirs).</summary>
    public static string? NameOf(List<Ec2.Tag>? tags) => RepeatedValues.Of(tags?.FirstOrDefault(t => t.Key == "Name")?.Value);

    /// <remarks>
    /// Repeated values share one string (<see cref="RepeatedValues"/>) and lists are arrays of their exact
    /// size: every circuit on /instances holds its own list (instances are not cached: they change).
    /// </remarks>
    public static Instance Instance(Ec2.Instance i) => new(
        i.InstanceId,
        NameOf(i.Tags),
        RepeatedValues.Of(i.State?.Name?.Value) ?? "unknown",
        RepeatedValues.Of(i.InstanceType?.Value) ?? string.Empty,
        RepeatedValues.Of(i.ImageId) ?? string.Empty,
        RepeatedValues.Of(i.KeyName),
        RepeatedValues.Of(i.Placement?.AvailabilityZone) ?? string.Empty,
        i.PrivateIpAddress,
        i.PublicIpAddress,
        string.IsNullOrEmpty(i.PublicDnsName) ? null : i.PublicDnsName,
        RepeatedValues.Of(i.RootDeviceType?.Value) ?? string.Empty,
        // The SDK says "Windows"; the console (images, the detail's Windows password) says "windows", as for images.
        RepeatedValues.Of(i.Platform?.Value is { Length: > 0 } platform ? platform.ToLowerInvariant() : null),
        RepeatedValues.Of(i.Architecture?.Value),
        i.SecurityGroups is not { Count: > 0 } groups ? [] : groups.Select(g => new GroupRef(RepeatedValues.Of(g.GroupId)!, RepeatedValues.Of(g.GroupName))).ToArray(),
        RepeatedValues.Of(i.IamInstanceProfile?.Arn),
        i.LaunchTime is { } launched ? new DateTimeOffset(DateTime.SpecifyKind(launched, DateTimeKind.Utc)) : null,
        i.Monitoring?.State?.Value is "enabled" or "pending",
        Tags(i.Tags),
        RepeatedValues.Of(i.RootDeviceName),
        i.BlockDeviceMappings is not { Count: > 0 } devices ? [] : devices.Where(d => d.Ebs?.VolumeId is not null)
            .Select(d => new InstanceVolume(RepeatedValues.Of(d.DeviceName)!, d.Ebs.VolumeId, RepeatedValues.Of(d.Ebs.Status?.Value), d.Ebs.DeleteOnTermination)).ToArray());

    public static Image Image(Ec2.Image i) => new(
        i.ImageId,
        i.Name,
        i.Description,
        i.OwnerId ?? string.Empty,
        i.ImageOwnerAlias,
        i.Platform?.Value is { Length: > 0 } platform ? platform.ToLowerInvariant() : "linux",
        i.Architecture?.Value ?? string.Empty,
        i.RootDeviceType?.Value ?? string.Empty,
        i.RootDeviceName,
        i.State?.Value ?? string.Empty,
        i.Public ?? false,
        i.ImageType?.Value ?? "machine",
        i.VirtualizationType?.Value,
        DateTimeOffset.TryParse(i.CreationDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created) ? created : null,
        [.. (i.BlockDeviceMappings ?? []).Select(b => new BlockDevice(b.DeviceName, b.Ebs?.SnapshotId, b.Ebs?.VolumeSize,
            b.Ebs?.VolumeType?.Value, b.Ebs?.DeleteOnTermination, b.VirtualName))],
        Tags(i.Tags));

    public static Volume Volume(Ec2.Volume v) => new(
        v.VolumeId,
        NameOf(v.Tags),
        v.Size ?? 0,
        v.VolumeType?.Value ?? string.Empty,
        v.State?.Value ?? string.Empty,
        v.AvailabilityZone ?? string.Empty,
        string.IsNullOrEmpty(v.SnapshotId) ? null : v.SnapshotId,
        v.CreateTime is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null,
        [.. (v.Attachments ?? []).Select(a => new VolumeAttachment(a.InstanceId, a.Device, a.State?.Value ?? string.Empty))],
        Tags(v.Tags));

    public static Snapshot Snapshot(Ec2.Snapshot s) => new(
        s.SnapshotId,
        NameOf(s.Tags),
        s.VolumeId ?? string.Empty,
        s.VolumeSize ?? 0,
        s.State?.Value ?? string.Empty,
        s.Progress,
        s.Description,
        s.OwnerId ?? string.Empty,
        s.StartTime is { } started ? new DateTimeOffset(DateTime.SpecifyKind(started, DateTimeKind.Utc)) : null,
        Tags(s.Tags));

    public static SecurityGroup SecurityGroup(Ec2.SecurityGroup g) => new(
        g.GroupId,
        g.GroupName,
        g.Description ?? string.Empty,
        g.OwnerId ?? string.Empty,
        g.VpcId,
        [.. (g.IpPermissions ?? []).Select(Rule)],
        [.. (g.IpPermissionsEgress ?? []).Select(Rule)],
        Tags(g.Tags));

    public static SecurityRule Rule(Ec2.IpPermission p) => new(
        p.IpProtocol,
        p.FromPort,
        p.ToPort,
        [.. (p.Ipv4Ranges ?? []).Select(r => r.CidrIp), .. (p.Ipv6Ranges ?? []).Select(r => r.CidrIpv6)],
        [.. (p.UserIdGroupPairs ?? []).Select(g => g.GroupId)]);

    public static Ec2.IpPermission Permission(SecurityRule rule) => new()
    {
        IpProtocol = rule.Protocol,
        FromPort = rule.FromPort,
        ToPort = rule.ToPort,
        Ipv4Ranges = rule.CidrRanges.Any(IsIpv4) ? [.. rule.CidrRanges.Where(IsIpv4).Select(c => new Ec2.IpRange { CidrIp = c })] : null,
        Ipv6Ranges = rule.CidrRanges.Any(c => !IsIpv4(c)) ? [.. rule.CidrRanges.Where(c => !IsIpv4(c)).Select(c => new Ec2.Ipv6Range { CidrIpv6 = c })] : null,
        UserIdGroupPairs = rule.SourceGroupIds.Count > 0 ? [.. rule.SourceGroupIds.Select(g => new Ec2.UserIdGroupPair { GroupId = g })] : null,
    };

    /// <summary>CIDR ranges of both families travel in one list; IPv6 ones hold a colon.</summary>
    private static bool IsIpv4(string cidr) => !cidr.Contains(':', StringComparison.Ordinal);

    public static Address Address(Ec2.Address a) => new(
        a.PublicIp, a.AllocationId, a.AssociationId, string.IsNullOrEmpty(a.InstanceId) ? null : a.InstanceId, a.PrivateIpAddress,
        a.Domain?.Value ?? "standard");
}
