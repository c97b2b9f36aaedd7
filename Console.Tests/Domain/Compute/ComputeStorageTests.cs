using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Compute;

public sealed class ComputeStorageTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_volume_is_created_attached_detached_and_deleted()
    {
        var image = (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None))[0].Id;
        var instance = (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(image, "t3.micro", 1, AvailabilityZone: "us-east-1a"), None))[0];

        var volume = await cloud.Compute.CreateVolumeAsync("us-east-1a", 10, "gp3", null, None);
        Assert.Equal(10, volume.Size);
        await cloud.Compute.AttachVolumeAsync(volume.Id, instance.Id, "/dev/sdf", None);
        var attached = Assert.Single(await cloud.Compute.DescribeVolumesAsync(None), v => v.Id == volume.Id);
        Assert.Equal(new VolumeAttachment(instance.Id, "/dev/sdf", "attached"), Assert.Single(attached.Attachments));

        await cloud.Compute.DetachVolumeAsync(volume.Id, instance.Id, force: false, None);
        Assert.Empty(Assert.Single(await cloud.Compute.DescribeVolumesAsync(None), v => v.Id == volume.Id).Attachments);
        await cloud.Compute.DeleteVolumeAsync(volume.Id, None);

        Assert.DoesNotContain(await cloud.Compute.DescribeVolumesAsync(None), v => v.Id == volume.Id);
    }

    [Fact]
    public async Task A_volume_from_a_snapshot_names_it()
    {
        var source = await cloud.Compute.CreateVolumeAsync("us-east-1a", 4, null, null, None);
        var snapshot = await cloud.Compute.CreateSnapshotAsync(source.Id, "seed", None);

        var copy = await cloud.Compute.CreateVolumeAsync("us-east-1b", 4, null, snapshot.Id, None);

        Assert.Equal(snapshot.Id, copy.SnapshotId);
        Assert.Equal("us-east-1b", copy.AvailabilityZone);
    }

    [Fact]
    public async Task A_snapshot_is_created_listed_as_owned_and_deleted()
    {
        var volume = await cloud.Compute.CreateVolumeAsync("us-east-1a", 5, null, null, None);

        var snapshot = await cloud.Compute.CreateSnapshotAsync(volume.Id, "nightly", None);
        var listed = Assert.Single(await cloud.Compute.DescribeSnapshotsAsync(None), s => s.Id == snapshot.Id);
        Assert.Equal(volume.Id, listed.VolumeId);
        Assert.Equal("nightly", listed.Description);
        Assert.Equal(5, listed.VolumeSize);

        await cloud.Compute.DeleteSnapshotAsync(snapshot.Id, None);
        Assert.DoesNotContain(await cloud.Compute.DescribeSnapshotsAsync(None), s => s.Id == snapshot.Id);
    }

    [Fact]
    public async Task A_volume_and_a_snapshot_are_found_by_id_alone_and_an_unknown_id_is_none()
    {
        var wanted = await cloud.Compute.CreateVolumeAsync("us-east-1a", 3, null, null, None);
        var other = await cloud.Compute.CreateVolumeAsync("us-east-1b", 7, null, null, None);
        var snapshot = await cloud.Compute.CreateSnapshotAsync(wanted.Id, "found", None);
        await cloud.Compute.CreateSnapshotAsync(other.Id, "not this one", None);

        var volume = await cloud.Compute.FindVolumeAsync(wanted.Id, None);
        var found = await cloud.Compute.FindSnapshotAsync(snapshot.Id, None);

        Assert.Equal((wanted.Id, 3, "us-east-1a"), (volume?.Id, volume?.Size, volume?.AvailabilityZone));
        Assert.Equal((snapshot.Id, "found", wanted.Id), (found?.Id, found?.Description, found?.VolumeId));
        Assert.Null(await cloud.Compute.FindVolumeAsync("vol-0123456789abcdef0", None));
        Assert.Null(await cloud.Compute.FindSnapshotAsync("snap-0123456789abcdef0", None));
    }

    [Fact]
    public async Task Deleting_an_unknown_volume_is_the_clouds_error()
    {
        var error = await Assert.ThrowsAsync<EucaConsole.Domain.Cloud.CloudException>(() => cloud.Compute.DeleteVolumeAsync("vol-0123456789abcdef0", None));

        Assert.Equal("InvalidVolume.NotFound", error.Code);
    }
}
