using Bunit;
using EucaConsole.Tests.Components;
using EucaConsole.Components.Pages.Storage;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Components.Launching;
using EucaConsole.Tests.Fixtures;
using MudBlazor;

namespace EucaConsole.Tests.Components.Pages;

/// <summary>The volumes and snapshots pages: their states, and every form checked before any cloud call.</summary>
public sealed class StoragePageTests : ConsoleComponentTest
{
    private readonly WizardTestCloud _cloud = new();

    public StoragePageTests() => _cloud.Register(Services);

    private static Volume Volume(string id, string state, string zone = "us-east-1a", params VolumeAttachment[] attachments) =>
        new(id, $"name-{id}", 8, "gp3", state, zone, null, null, attachments, []);

    private static Instance Instance(string id, string zone, params string[] devices) => new(id, $"host-{id}", "running", "t3.micro", "ami-11111111",
        null, zone, null, null, null, "ebs", null, null, [], null, null, false, [], "/dev/xvda",
        [.. devices.Select(d => new InstanceVolume(d, "vol-00000000", "attached", false))]);

    private (IRenderedComponent<Volumes> Page, IRenderedComponent<MudPopoverProvider> Popovers) Render(string? volumeId = null)
    {
        var popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        var page = Render<Volumes>(p => p.Add(x => x.VolumeId, volumeId));
        return (page, popovers);
    }

    private IRenderedComponent<MudDialogProvider> Dialogs { get; set; } = default!;

    [Fact]
    public void No_volumes_says_how_to_make_one_and_a_cloud_error_shows_its_code_and_text()
    {
        _cloud.Compute.Returns<IReadOnlyList<Volume>>(nameof(IAllCompute.DescribeVolumesAsync), []);
        var (page, _) = Render();
        page.WaitForAssertion(() => Assert.Contains("No volumes in this region", page.Find("[data-testid=rt-empty]").TextContent, StringComparison.Ordinal));

        _cloud.Compute.Throws(nameof(IAllCompute.DescribeVolumesAsync), WizardTestCloud.Error("DescribeVolumes", "UnauthorizedOperation", "You are not allowed"));
        page.Find("[data-testid=rt-reload]").Click();

        page.WaitForAssertion(() => Assert.Contains("UnauthorizedOperation", page.Find("[data-testid=rt-error]").TextContent, StringComparison.Ordinal));
        Assert.Contains("You are not allowed", page.Find("[data-testid=rt-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volume_form_breaking_a_rule_is_refused_with_the_reason_and_nothing_is_created()
    {
        _cloud.Compute.Returns<IReadOnlyList<Volume>>(nameof(IAllCompute.DescribeVolumesAsync), [Volume("vol-11111111", "available")])
            .Returns<IReadOnlyList<Snapshot>>(nameof(IAllCompute.DescribeSnapshotsAsync), []);
        var (page, popovers) = Render();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-key]")));

        page.Find("[data-testid=create-volume]").Click();
        var dialog = Dialogs;
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=volume-create]")));
        dialog.Type("volume-size", "100");
        MudSelects.Choose(dialog, popovers, "volume-type", "st1");
        dialog.Find("[data-testid=volume-create]").Click();
        dialog.WaitForAssertion(() => Assert.Contains("at least 125 GiB", dialog.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal));
        dialog.Type("volume-size", "0");
        dialog.Find("[data-testid=volume-create]").Click();
        dialog.WaitForAssertion(() => Assert.Contains("1 to 16,384 GiB", dialog.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal));

        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.CreateVolumeAsync)));
    }

    [Fact]
    public void A_valid_volume_is_created_in_the_chosen_zone_and_named()
    {
        _cloud.Compute.Returns<IReadOnlyList<Volume>>(nameof(IAllCompute.DescribeVolumesAsync), [])
            .Returns<IReadOnlyList<Snapshot>>(nameof(IAllCompute.DescribeSnapshotsAsync), [])
            .On(nameof(IAllCompute.CreateVolumeAsync), args => Task.FromResult(Volume("vol-22222222", "creating", (string)args[0]!)))
            .Completes(nameof(IAllCompute.CreateTagsAsync));
        var (page, popovers) = Render();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=rt-empty]")));

        page.Find("[data-testid=create-volume]").Click();
        var dialog = Dialogs;
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=volume-create]")));
        MudSelects.Choose(dialog, popovers, "volume-zone", "us-east-1b");
        dialog.Type("volume-size", "20");
        dialog.Type("volume-name", "logs");
        dialog.Find("[data-testid=volume-create]").Click();

        page.WaitForAssertion(() => Assert.Equal(1, _cloud.Compute.CallsTo(nameof(IAllCompute.CreateVolumeAsync))));
        var create = _cloud.Compute.Calls.Single(c => c.Method == nameof(IAllCompute.CreateVolumeAsync));
        Assert.Equal(("us-east-1b", 20, "gp3", (string?)null), ((string)create.Args[0]!, (int)create.Args[1]!, (string)create.Args[2]!, (string?)create.Args[3]));
        page.WaitForAssertion(() => Assert.Equal(1, _cloud.Compute.CallsTo(nameof(IAllCompute.CreateTagsAsync))));
        // A change once started is not cancelled when the user leaves the page (the name tag would be lost half-way).
        Assert.False(((CancellationToken)create.Args[4]!).CanBeCanceled);
        Assert.Equal("logs", ((IReadOnlyList<Tag>)_cloud.Compute.Calls.Single(c => c.Method == nameof(IAllCompute.CreateTagsAsync)).Args[1]!)[0].Value);
    }

    [Fact]
    public void Attaching_offers_instances_of_the_volumes_zone_with_the_first_free_device()
    {
        _cloud.Compute.Returns<IReadOnlyList<Volume>>(nameof(IAllCompute.DescribeVolumesAsync), [Volume("vol-11111111", "available")])
            .Returns<IReadOnlyList<Instance>>(nameof(IAllCompute.DescribeInstancesAsync),
                [Instance("i-0000000a", "us-east-1a", "/dev/xvda", "/dev/sdf"), Instance("i-0000000b", "us-east-1b")])
            .Completes(nameof(IAllCompute.AttachVolumeAsync));
        var (page, _) = Render("vol-11111111");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=volume-detail]")));

        page.Find("[data-testid=volume-attach]").Click();
        var dialog = Dialogs;
        dialog.WaitForAssertion(() => Assert.Equal("/dev/sdg", dialog.Field("attach-device").GetAttribute("value")));
        Assert.DoesNotContain("i-0000000b", dialog.Markup, StringComparison.Ordinal);
        dialog.Type("attach-device", "/dev/../etc");
        dialog.Find("[data-testid=attach-confirm]").Click();
        dialog.WaitForAssertion(() => Assert.Contains("/dev/sdf", dialog.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.AttachVolumeAsync)));

        dialog.Type("attach-device", "/dev/sdh");
        dialog.Find("[data-testid=attach-confirm]").Click();
        page.WaitForAssertion(() => Assert.Equal(1, _cloud.Compute.CallsTo(nameof(IAllCompute.AttachVolumeAsync))));
        var attach = _cloud.Compute.Calls.Single(c => c.Method == nameof(IAllCompute.AttachVolumeAsync));
        Assert.Equal(("vol-11111111", "i-0000000a", "/dev/sdh"), ((string)attach.Args[0]!, (string)attach.Args[1]!, (string)attach.Args[2]!));
    }

    [Fact]
    public void Delete_and_force_detach_happen_only_once_confirmed()
    {
        var attached = Volume("vol-33333333", "in-use", "us-east-1a", new VolumeAttachment("i-0000000a", "/dev/sdf", "attached"));
        _cloud.Compute.Returns<IReadOnlyList<Volume>>(nameof(IAllCompute.DescribeVolumesAsync), [attached])
            .Completes(nameof(IAllCompute.DetachVolumeAsync));
        var (page, _) = Render("vol-33333333");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=volume-detail]")));
        Assert.True(page.Find("[data-testid=volume-delete]").HasAttribute("disabled"));

        page.Find("[data-testid=volume-force-detach]").Click();
        var dialog = Dialogs;
        dialog.WaitForAssertion(() => Assert.Contains("data not yet written is lost", dialog.Markup, StringComparison.Ordinal));
        dialog.Find("[data-testid=confirm-cancel]").Click();
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.DetachVolumeAsync)));

        page.Find("[data-testid=volume-force-detach]").Click();
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=confirm-ok]")));
        dialog.Find("[data-testid=confirm-ok]").Click();
        page.WaitForAssertion(() => Assert.Equal(1, _cloud.Compute.CallsTo(nameof(IAllCompute.DetachVolumeAsync))));
        Assert.True((bool)_cloud.Compute.Calls.Single(c => c.Method == nameof(IAllCompute.DetachVolumeAsync)).Args[2]!);
    }

    [Fact]
    public void A_cloud_refusal_is_shown_with_its_code_and_the_list_is_kept()
    {
        _cloud.Compute.Returns<IReadOnlyList<Volume>>(nameof(IAllCompute.DescribeVolumesAsync), [Volume("vol-11111111", "available")])
            .Throws(nameof(IAllCompute.DeleteVolumeAsync), WizardTestCloud.Error("DeleteVolume", "VolumeInUse", "vol-11111111 is in use"));
        var (page, _) = Render("vol-11111111");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=volume-detail]")));

        page.Find("[data-testid=volume-delete]").Click();
        var dialog = Dialogs;
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=confirm-ok]")));
        dialog.Find("[data-testid=confirm-ok]").Click();

        var snackbars = Render<MudSnackbarProvider>();
        page.WaitForAssertion(() => Assert.Equal(1, _cloud.Compute.CallsTo(nameof(IAllCompute.DeleteVolumeAsync))));
        Assert.Single(page.FindAll("tr[data-key]"));
        Assert.NotEmpty(page.FindAll("[data-testid=volume-detail]"));
        _ = snackbars;
    }

    [Fact]
    public void A_pending_snapshot_shows_its_progress_and_an_image_form_is_checked_first()
    {
        _cloud.Compute.Returns<IReadOnlyList<Snapshot>>(nameof(IAllCompute.DescribeSnapshotsAsync),
        [
            new("snap-11111111", "nightly", "vol-11111111", 8, "pending", "40%", "nightly", "123456789012", null, []),
            new("snap-22222222", "weekly", "vol-11111111", 8, "completed", "100%", "weekly", "123456789012", null, []),
        ]);
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        var page = Render<Snapshots>(p => p.Add(x => x.SnapshotId, "snap-11111111"));

        page.WaitForAssertion(() => Assert.Equal("pending 40%", page.Find("[data-testid=snapshot-status]").TextContent));
        Assert.True(page.Find("[data-testid=snapshot-register-image]").HasAttribute("disabled"));
        Assert.Contains(page.FindAll("tr[data-key]"), row => row.TextContent.Contains("pending 40%", StringComparison.Ordinal));

        var other = Render<Snapshots>(p => p.Add(x => x.SnapshotId, "snap-22222222"));
        other.WaitForAssertion(() => Assert.False(other.Find("[data-testid=snapshot-register-image]").HasAttribute("disabled")));
        other.Find("[data-testid=snapshot-register-image]").Click();
        var dialog = Dialogs;
        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=image-register]")));
        dialog.Type("image-name", "x");
        dialog.Find("[data-testid=image-register]").Click();
        dialog.WaitForAssertion(() => Assert.Contains("3 to 128 characters", dialog.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.RegisterImageAsync)));
    }
}
