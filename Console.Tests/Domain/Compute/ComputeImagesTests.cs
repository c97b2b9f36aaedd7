using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Compute;

public sealed class ComputeImagesTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<string> SnapshotAsync()
    {
        var volume = await cloud.Compute.CreateVolumeAsync("us-east-1a", 8, "gp3", null, None);
        return (await cloud.Compute.CreateSnapshotAsync(volume.Id, "root", None)).Id;
    }

    [Fact]
    public async Task An_image_registered_from_a_snapshot_is_listed_as_owned_and_deregistered()
    {
        var name = CloudFixture.Unique("registered");
        var imageId = await cloud.Compute.RegisterImageAsync(new RegisterImageSpec(name, "from a snapshot", await SnapshotAsync(), "x86_64"), None);

        var owned = await cloud.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None);
        var image = Assert.Single(owned, i => i.Id == imageId);
        Assert.Equal(name, image.Name);
        Assert.Equal("123456789012", image.OwnerId);
        Assert.Equal("linux", image.Platform);

        await cloud.Compute.DeregisterImageAsync(imageId, None);
        Assert.DoesNotContain(await cloud.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None), i => i.Id == imageId);
    }

    [Fact]
    public async Task An_image_created_from_an_instance_keeps_the_source_platform_and_architecture()
    {
        var windows = (await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None)).First(i => i.Platform == "windows");
        var instance = (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(windows.Id, "m5.large", 1), None))[0];

        var imageId = await cloud.Compute.CreateImageAsync(instance.Id, CloudFixture.Unique("snapshot-of"), "made by a test", noReboot: true, None);

        var image = Assert.Single(await cloud.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None), i => i.Id == imageId);
        Assert.Equal("windows", image.Platform);
        Assert.Equal(windows.Architecture, image.Architecture);
    }

    [Fact]
    public async Task Launch_permissions_are_added_listed_and_removed()
    {
        var imageId = await cloud.Compute.RegisterImageAsync(
            new RegisterImageSpec(CloudFixture.Unique("shared"), null, await SnapshotAsync(), "x86_64"), None);

        await cloud.Compute.ModifyLaunchPermissionsAsync(imageId, [new LaunchPermission("111122223333", null), new LaunchPermission(null, "all")], [], None);
        var granted = await cloud.Compute.DescribeLaunchPermissionsAsync(imageId, None);
        Assert.Contains(new LaunchPermission("111122223333", null), granted);
        Assert.Contains(new LaunchPermission(null, "all"), granted);

        await cloud.Compute.ModifyLaunchPermissionsAsync(imageId, [], [new LaunchPermission(null, "all")], None);
        var left = await cloud.Compute.DescribeLaunchPermissionsAsync(imageId, None);
        Assert.DoesNotContain(new LaunchPermission(null, "all"), left);
        Assert.Contains(new LaunchPermission("111122223333", null), left);
    }

    [Fact]
    public async Task Owned_or_shared_holds_owned_images_and_images_shared_with_the_account()
    {
        var owned = await cloud.Compute.RegisterImageAsync(new RegisterImageSpec(CloudFixture.Unique("own"), null, await SnapshotAsync(), "x86_64"), None);
        var publicImage = (await cloud.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None))[0];

        var images = await cloud.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);

        Assert.Contains(images, i => i.Id == owned);
        Assert.Equal(images.Count, images.Select(i => i.Id).Distinct().Count());
        Assert.DoesNotContain(images, i => i.Id == publicImage.Id && i.OwnerId != "123456789012" && !i.IsPublic);
    }

    [Fact]
    public async Task The_public_catalogue_has_block_devices_and_descriptions()
    {
        var images = await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None);

        Assert.True(images.Count > 100);
        Assert.Contains(images, i => i.BlockDevices.Count > 0 && i.Description is not null && i.OwnerAlias == "amazon");
    }

    [Fact]
    public async Task Deregistering_an_unknown_image_is_the_clouds_error()
    {
        var error = await Assert.ThrowsAsync<EucaConsole.Domain.Cloud.CloudException>(() => cloud.Compute.DeregisterImageAsync("ami-00000000deadbeef0", None));

        Assert.Equal("InvalidAMIID.NotFound", error.Code);
    }
}
