using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;
/// <summary>Volumes and snapshots. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
internal sealed class VolumeService(Ec2Calls calls) : IVolumeService
{
    public Task<IReadOnlyList<Volume>> DescribeVolumesAsync(CancellationToken cancellationToken) =>
        calls.PagedAsync("DescribeVolumes",
            (ec2, token) => ec2.DescribeVolumesAsync(new Ec2.DescribeVolumesRequest { MaxResults = calls.PageSize, NextToken = token }, cancellationToken),
            reply => (reply.Volumes ?? []).Select(Ec2Mapping.Volume), reply => reply.NextToken, cancellationToken);

    // By filter, not by id: an unknown id is then an empty answer, not an InvalidVolume.NotFound error.
    public Task<Volume?> FindVolumeAsync(string volumeId, CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeVolumes", async ec2 => (await ec2.DescribeVolumesAsync(new Ec2.DescribeVolumesRequest
        {
            Filters = [new Ec2.Filter("volume-id", [volumeId])],
        }, cancellationToken).ConfigureAwait(false)).Volumes?.Where(v => v.VolumeId == volumeId).Select(Ec2Mapping.Volume).FirstOrDefault(), cancellationToken);

    public Task<Volume> CreateVolumeAsync(string availabilityZone, int sizeGiB, string? volumeType, string? snapshotId, CancellationToken cancellationToken) =>
        calls.CallAsync("CreateVolume", async ec2 => Ec2Mapping.Volume((await ec2.CreateVolumeAsync(new Ec2.CreateVolumeRequest
        {
            AvailabilityZone = availabilityZone,
            Size = sizeGiB,
            VolumeType = volumeType,
            SnapshotId = snapshotId,
        }, cancellationToken).ConfigureAwait(false)).Volume), cancellationToken);

    public Task AttachVolumeAsync(string volumeId, string instanceId, string device, CancellationToken cancellationToken) =>
        calls.CallAsync("AttachVolume", ec2 => ec2.AttachVolumeAsync(new Ec2.AttachVolumeRequest(volumeId, instanceId, device), cancellationToken), cancellationToken);

    // InstanceId is optional in the API, but moto 5.2.1 fails with a 500 without it; Force is only sent when set.
    public Task DetachVolumeAsync(string volumeId, string instanceId, bool force, CancellationToken cancellationToken) =>
        calls.CallAsync("DetachVolume", ec2 => ec2.DetachVolumeAsync(new Ec2.DetachVolumeRequest(volumeId)
        {
            InstanceId = instanceId,
            Force = force ? true : null,
        }, cancellationToken), cancellationToken);

    public Task DeleteVolumeAsync(string volumeId, CancellationToken cancellationToken) =>
        calls.CallAsync("DeleteVolume", ec2 => ec2.DeleteVolumeAsync(new Ec2.DeleteVolumeRequest(volumeId), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<Snapshot>> DescribeSnapshotsAsync(CancellationToken cancellationToken) =>
        calls.PagedAsync("DescribeSnapshots",
            (ec2, token) => ec2.DescribeSnapshotsAsync(new Ec2.DescribeSnapshotsRequest { OwnerIds = ["self"], MaxResults = calls.PageSize, NextToken = token },
                cancellationToken),
            reply => (reply.Snapshots ?? []).Select(Ec2Mapping.Snapshot), reply => reply.NextToken, cancellationToken);

    public Task<Snapshot?> FindSnapshotAsync(string snapshotId, CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeSnapshots", async ec2 => (await ec2.DescribeSnapshotsAsync(new Ec2.DescribeSnapshotsRequest
        {
            Filters = [new Ec2.Filter("snapshot-id", [snapshotId])],
        }, cancellationToken).ConfigureAwait(false)).Snapshots?.Where(s => s.SnapshotId == snapshotId).Select(Ec2Mapping.Snapshot).FirstOrDefault(), cancellationToken);

    public Task<Snapshot> CreateSnapshotAsync(string volumeId, string? description, CancellationToken cancellationToken) =>
        calls.CallAsync("CreateSnapshot", async ec2 => Ec2Mapping.Snapshot((await ec2.CreateSnapshotAsync(new Ec2.CreateSnapshotRequest(volumeId, description),
            cancellationToken).ConfigureAwait(false)).Snapshot), cancellationToken);

    public Task DeleteSnapshotAsync(string snapshotId, CancellationToken cancellationToken) =>
        calls.CallAsync("DeleteSnapshot", ec2 => ec2.DeleteSnapshotAsync(new Ec2.DeleteSnapshotRequest(snapshotId), cancellationToken), cancellationToken);
}
