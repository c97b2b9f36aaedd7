using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>
/// The wizards end to end on the sandbox: a new role, then the launch-instance wizard with that role and a
/// new key pair; the launch-configuration wizard followed by the scaling-group form. Screenshots of each step.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LaunchWizardsTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    private async Task<IPage> SignedInAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(Slow);
        return page;
    }

    private static async Task NextAsync(IPage page, string expectedTitle)
    {
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync(expectedTitle, new() { Timeout = 30_000 });
    }

    private static Task<byte[]> ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, name), FullPage = true });

    [Fact]
    public async Task A_new_role_and_a_new_key_pair_launch_an_instance_that_shows_on_the_instances_page()
    {
        var page = await SignedInAsync();
        var role = "browser-" + Guid.NewGuid().ToString("N")[..8];
        var key = "key-" + Guid.NewGuid().ToString("N")[..8];

        await page.GotoAsync("/roles/new");
        await Ui.Field(page, "role-name").FillAsync(role);
        await Ui.Field(page, "role-description").FillAsync("Made by the browser test");
        await Ui.ChooseAsync(page, "policy-template", "S3 read");
        await ShotAsync(page, "role-create.png");
        await page.GetByTestId("role-create").ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-key]").Filter(new() { HasText = role })).ToBeVisibleAsync(Slow);
        await ShotAsync(page, "roles.png");

        await page.GotoAsync("/images");
        await page.Locator("tr[data-key]").Filter(new() { HasText = "web-server-al2023" }).ClickAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("image-launch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chosen-image")).ToContainTextAsync("web-server-al2023", new() { Timeout = 30_000 });
        await ShotAsync(page, "launch-1-image.png");

        await NextAsync(page, "Type and count");
        await Assertions.Expect(Ui.Field(page, "instance-type")).Not.ToHaveValueAsync(string.Empty, new() { Timeout = 30_000 });
        await ShotAsync(page, "launch-2-type.png");

        await NextAsync(page, "Details");
        await Assertions.Expect(page.GetByTestId("security-groups").Locator("input[type=checkbox]").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("new-key-pair").ClickAsync();
        await Ui.Field(page, "new-key-pair-name").FillAsync(key);
        await page.GetByTestId("create-key-pair").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-private-key").ClickAsync());
        Assert.Equal($"{key}.pem", download.SuggestedFilename);
        await Ui.ChooseAsync(page, "role", role);
        await ShotAsync(page, "launch-3-details.png");

        await NextAsync(page, "Tags");
        await Ui.Field(page, "tag-name").FillAsync("launched-by-browser");
        await ShotAsync(page, "launch-4-tags.png");

        await NextAsync(page, "Review");
        await Assertions.Expect(page.GetByTestId("review-role")).ToContainTextAsync($"an instance profile named {role} will be made", new() { Timeout = 30_000 });
        await ShotAsync(page, "launch-5-review.png");
        await page.GetByTestId("wizard-finish").ClickAsync();

        await page.WaitForURLAsync("**/instances?launched=*", new() { Timeout = 30_000 });
        var row = page.Locator("tr[data-key]").Filter(new() { HasText = "launched-by-browser" });
        await Assertions.Expect(row).ToBeVisibleAsync(Slow);
        await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("highlight"));
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"with instance profile {role} (made for this launch)");
        await ShotAsync(page, "instances-launched.png");

        // The role is now in the profile the launch made; deleting it takes it out first and says so.
        await page.GotoAsync("/roles");
        await page.Locator("tr[data-key]").Filter(new() { HasText = role }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("role-profiles")).ToContainTextAsync(role, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("role-inline-policy")).ToContainTextAsync("s3-read");
        await ShotAsync(page, "role-detail.png");
        await page.GetByTestId("delete-role").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"Removed it from instance profile {role}");
        await Assertions.Expect(page.Locator("tr[data-key]").Filter(new() { HasText = role })).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_launch_configuration_wizard_then_the_scaling_group_form_make_a_group_on_it()
    {
        var page = await SignedInAsync();
        var name = "browser-lc-" + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/launch-configurations/new");
        await page.Locator("tr[data-key]").Filter(new() { HasText = "web-server-al2023" }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("chosen-image")).ToContainTextAsync("web-server-al2023");
        await ShotAsync(page, "lc-1-image.png");
        await NextAsync(page, "Type");
        await Assertions.Expect(Ui.Field(page, "instance-type")).Not.ToHaveValueAsync(string.Empty, new() { Timeout = 30_000 });
        await ShotAsync(page, "lc-2-type.png");
        await NextAsync(page, "Details");
        await Assertions.Expect(page.GetByTestId("security-groups").Locator("input[type=checkbox]").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("security-groups").Locator("input[type=checkbox]").First.CheckAsync(new() { Force = true });
        await Ui.Field(page, "user-data").FillAsync("#!/bin/sh\necho hello from the launch configuration");
        await ShotAsync(page, "lc-3-details.png");
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync("Name");
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-problems")).ToContainTextAsync("Name the launch configuration.");
        await ShotAsync(page, "lc-4-name-invalid.png");
        await Ui.Field(page, "lc-name").FillAsync(name);
        await NextAsync(page, "Review");
        await ShotAsync(page, "lc-5-review.png");
        await page.GetByTestId("wizard-finish").ClickAsync();

        await Assertions.Expect(page.GetByTestId("lc-created")).ToContainTextAsync(name, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("group-zones").Locator("input[type=checkbox]").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("group-zones").Locator("input[type=checkbox]").First.CheckAsync(new() { Force = true });
        await Ui.Field(page, "group-max").FillAsync("3");
        await ShotAsync(page, "scaling-group-form.png");
        await page.GetByTestId("create-group").ClickAsync();
        await Assertions.Expect(page.GetByTestId("group-created")).ToContainTextAsync($"{name}-group", new() { Timeout = 30_000 });

        await page.GotoAsync("/launch-configurations");
        await page.Locator("tr[data-key]").Filter(new() { HasText = name }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("lc-used-by")).ToContainTextAsync($"{name}-group", new() { Timeout = 30_000 });
        await ShotAsync(page, "launch-configurations.png");
        await page.GetByTestId("delete-launch-configuration").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"is used by scaling group {name}-group");
    }
}
