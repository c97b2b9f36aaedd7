using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Compute;

public sealed class InstanceExtrasTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<Instance> LaunchAsync(string platform)
    {
        var images = await cloud.Compute.DescribeImagesAsync(new ImageQuery(["amazon"], []), None);
        var image = images.First(i => (i.Platform == "windows") == (platform == "windows"));
        return (await cloud.Compute.RunInstancesAsync(new RunInstancesSpec(image.Id, "t3.micro", 1), None))[0];
    }

    [Fact]
    public async Task Termination_protection_and_shutdown_behaviour_are_read_and_changed()
    {
        var instance = await LaunchAsync("linux");
        Assert.Equal(new InstanceSettings(false, "stop"), await cloud.Compute.DescribeInstanceSettingsAsync(instance.Id, None));

        await cloud.Compute.SetTerminationProtectionAsync(instance.Id, true, None);
        await cloud.Compute.SetShutdownBehaviorAsync(instance.Id, "terminate", None);

        Assert.Equal(new InstanceSettings(true, "terminate"), await cloud.Compute.DescribeInstanceSettingsAsync(instance.Id, None));
        await cloud.Compute.SetTerminationProtectionAsync(instance.Id, false, None);
        Assert.False((await cloud.Compute.DescribeInstanceSettingsAsync(instance.Id, None)).TerminationProtection);
    }

    [Fact]
    public async Task A_windows_instance_has_password_data_and_a_linux_one_has_none()
    {
        var windows = await LaunchAsync("windows");
        var linux = await LaunchAsync("linux");

        Assert.False(string.IsNullOrEmpty(await cloud.Compute.GetPasswordDataAsync(windows.Id, None)));
        Assert.Null(await cloud.Compute.GetPasswordDataAsync(linux.Id, None));
    }

    [Fact]
    public async Task An_image_is_created_from_an_instance_and_listed_as_the_users()
    {
        var instance = await LaunchAsync("linux");
        var name = CloudFixture.Unique("from-instance");

        var imageId = await cloud.Compute.CreateImageAsync(instance.Id, name, "made by the console", noReboot: true, None);

        var image = await cloud.Compute.DescribeImageAsync(imageId, None);
        Assert.Equal(name, image?.Name);
    }
}
