using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Pages.Compute;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

using EucaConsole.Tests.Components.Tables;

namespace EucaConsole.Tests.Components.Pages;

/// <summary>An instance's details live at /instances/{id}: from the list, from a link, or a clear word when there is none.</summary>
public sealed class InstanceDetailTests : BunitContext, IAsyncLifetime
{
    private const string Id = "i-0123456789abcdef0";

    public InstanceDetailTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private static Instance Web => new(Id, "web-1", "running", "t3.micro", "ami-11111111", "ops", "us-east-1a", "10.0.0.5", "203.0.113.7", null, "ebs",
        null, "x86_64", [new GroupRef("sg-1", "web")], "arn:aws:iam::123456789012:instance-profile/app-role", DateTimeOffset.Parse("2026-11-27T08:00:00Z",
            System.Globalization.CultureInfo.InvariantCulture), false, [new Tag("Name", "web-1")], "/dev/xvda",
        [new InstanceVolume("/dev/xvda", "vol-1", "attached", true), new InstanceVolume("/dev/sdf", "vol-2", "attached", false)]);

    private ScriptedCompute Cloud(params Instance[] instances)
    {
        var (compute, script) = ScriptedCompute.Create(instances);
        script.Images = [new("ami-11111111", "web-base", null, "123456789012", null, "linux", "x86_64", "ebs", "/dev/xvda", "available", false,
            "machine", "hvm", null, [], [])];
        script.UserData = "#!/bin/sh\necho hello";
        Services.AddAllCompute(compute);
        return script;
    }

    [Fact]
    public void The_detail_url_opens_the_instance_with_what_the_old_console_showed()
    {
        Cloud(Web);

        var page = Render<Instances>(p => p.Add(x => x.InstanceId, Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=instance-detail]")));
        var detail = page.Find("[data-testid=instance-detail]");
        Assert.Equal("running", detail.QuerySelector("[data-testid=detail-state]")!.TextContent);
        Assert.Equal("web-base (ami-11111111)", detail.QuerySelector("[data-testid=detail-image] a")!.TextContent.Trim());
        Assert.Equal("/images/ami-11111111", detail.QuerySelector("[data-testid=detail-image] a")!.GetAttribute("href"));
        Assert.Contains("app-role", detail.QuerySelector("[data-testid=detail-profile]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("/dev/xvda (root)", detail.QuerySelector("[data-testid=detail-volumes]")!.TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Contains("echo hello", page.Find("[data-testid=detail-user-data]").TextContent, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=instance-settings]")));
        Assert.True(detail.QuerySelector("[data-testid=detail-start]")!.HasAttribute("disabled"));
        Assert.False(detail.QuerySelector("[data-testid=detail-stop]")!.HasAttribute("disabled"));
    }

    [Fact]
    public void The_settings_switch_and_select_change_protection_and_shutdown_behaviour_in_the_cloud()
    {
        var script = Cloud(Web);
        var page = Render<Instances>(p => p.Add(x => x.InstanceId, Id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=instance-settings]")));
        Assert.False(page.Find("[data-testid=termination-protection]").HasAttribute("checked"));
        Assert.Equal("stop", page.Find("[data-testid=shutdown-behavior] option[selected]").GetAttribute("value"));

        page.Find("[data-testid=termination-protection]").Change(true);
        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=termination-protection]").HasAttribute("checked")));
        page.Find("[data-testid=shutdown-behavior]").Change("terminate");
        page.WaitForAssertion(() => Assert.Equal("terminate", page.Find("[data-testid=shutdown-behavior] option[selected]").GetAttribute("value")));

        Assert.Equal([$"SetTerminationProtectionAsync({Id}, True)", $"SetShutdownBehaviorAsync({Id}, terminate)"], script.SettingChanges);
    }

    [Fact]
    public void A_url_naming_no_instance_says_so_and_a_malformed_one_asks_the_cloud_nothing_more()
    {
        var script = Cloud(Web);

        var page = Render<Instances>(p => p.Add(x => x.InstanceId, "not-an-instance<script>"));

        page.WaitForAssertion(() => Assert.Contains("There is no not-an-instance<script> here", page.Find("[data-testid=detail-problem]").TextContent,
            StringComparison.Ordinal));
        Assert.Equal(1, script.DescribeCalls);
    }

    [Fact]
    public void Clicking_a_row_goes_to_its_detail_url_keeping_the_search()
    {
        Cloud(Web);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/instances?q=state%3Drunning");
        var page = Render<Instances>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-key]")));

        page.Find("tr[data-key]").ClickRow();

        Assert.EndsWith($"/instances/{Id}?q=state%3Drunning", navigation.Uri, StringComparison.Ordinal);
    }
}
