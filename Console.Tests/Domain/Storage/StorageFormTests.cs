using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Storage;

namespace EucaConsole.Tests.Domain.Storage;

public sealed class StorageFormTests
{
    private static Instance With(string? root, params string[] devices) => new("i-12345678", null, "running", "t3.micro", "ami-12345678", null,
        "us-east-1a", null, null, null, "ebs", null, null, [], null, null, false, [], root,
        [.. devices.Select((d, i) => new InstanceVolume(d, $"vol-{i:00000000}", "attached", false))]);

    [Fact]
    public void The_suggested_device_is_the_first_recommended_one_the_instance_does_not_use_in_any_spelling()
    {
        Assert.Equal("/dev/sdf", DeviceNames.Suggest(With("/dev/xvda")));
        Assert.Equal("/dev/sdh", DeviceNames.Suggest(With("/dev/sda1", "/dev/sdf", "/dev/xvdg")));
    }

    [Theory]
    [InlineData("us-east-1a", 8, "gp3", "", null, true)]
    [InlineData("us-east-1a", null, "gp3", "snap-12345678", 20, true)]
    [InlineData("us-east-1a", 30, "gp2", "snap-12345678", 20, true)]
    [InlineData("", 8, "gp3", "", null, false)]
    [InlineData("us-east-1a", null, "gp3", "", null, false)]
    [InlineData("us-east-1a", 0, "gp3", "", null, false)]
    [InlineData("us-east-1a", 20_000, "gp3", "", null, false)]
    [InlineData("us-east-1a", 100, "st1", "", null, false)]
    [InlineData("us-east-1a", 10, "gp3", "snap-12345678", 20, false)]
    [InlineData("us-east-1a", 8, "io9", "", null, false)]
    [InlineData("us-east-1a", 8, "gp3", "snap-x", null, false)]
    public void A_volume_form_is_checked_before_any_call(string zone, int? size, string type, string snapshot, int? snapshotSize, bool valid) =>
        Assert.Equal(valid, new NewVolumeFormValidator().Validate(new NewVolumeForm
        {
            AvailabilityZone = zone, SizeGiB = size, VolumeType = type, SnapshotId = snapshot, SnapshotSizeGiB = snapshotSize,
        }).IsValid);

    [Theory]
    [InlineData("web image (2026)", "x86_64", "/dev/sda1", true)]
    [InlineData("ab", "x86_64", "/dev/sda1", false)]
    [InlineData("web image <script>", "x86_64", "/dev/sda1", false)]
    [InlineData("web image", "sparc", "/dev/sda1", false)]
    [InlineData("web image", "x86_64", "/dev/sdf", false)]
    public void An_image_from_a_snapshot_is_checked_before_any_call(string name, string architecture, string root, bool valid) =>
        Assert.Equal(valid, new RegisterImageFormValidator().Validate(new RegisterImageForm
        {
            Name = name, Architecture = architecture, RootDeviceName = root, SnapshotId = "snap-12345678",
        }).IsValid);

    [Fact]
    public void Sizes_fall_in_bands() =>
        Assert.Equal(["small", "small", "medium", "large", "huge"], new[] { 1, 10, 11, 1000, 1001 }.Select(SizeBand.Of));
}
