using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;
using static EucaConsole.Tests.Browser.Ui;

namespace EucaConsole.Tests.Browser;

/// <summary>Users and groups managed as an account administrator would, in the sandbox.</summary>
[Collection(BrowserTests.Name)]
public sealed class IdentityPagesTests(BrowserFixture fixture)
{
    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, $"{name}.png"), FullPage = true });

    [Fact]
    public async Task A_user_is_made_with_a_group_an_inline_policy_and_an_access_key_whose_secret_shows_once_then_the_group_and_user_are_deleted()
    {
        var page = await fixture.SandboxPageAsync();
        var group = CloudFixture.Unique("team");
        var user = CloudFixture.Unique("alice");

        await page.GotoAsync("/groups");
        await page.GetByTestId("create-iam-group").ClickAsync();
        await Field(page, "iam-group-name").FillAsync(group);
        await page.GetByTestId("iam-group-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("group-detail")).ToContainTextAsync(group, new() { Timeout = 30_000 });

        await page.GotoAsync("/users");
        await Assertions.Expect(Row(page, "demo")).ToBeVisibleAsync(Slow);
        await page.GetByTestId("create-user").ClickAsync();
        await Field(page, "user-name").FillAsync(user);
        await page.GetByTestId("user-access-key").ClickAsync();
        await page.GetByTestId("user-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-detail")).ToContainTextAsync(user, new() { Timeout = 30_000 });
        var secret = Field(page, "new-access-key-secret");
        await Assertions.Expect(secret).Not.ToHaveValueAsync(string.Empty);
        await ChooseAsync(page, "user-join-group", group);
        await page.GetByTestId("user-join-group-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-groups-list")).ToContainTextAsync(group, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("access-key")).ToHaveCountAsync(1);

        await page.GetByTestId("inline-policy-add").ClickAsync();
        await ChooseAsync(page, "inline-policy-template", "EC2 read-only");
        await page.GetByTestId("inline-policy-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("inline-policy")).ToContainTextAsync("ec2-read-only", new() { Timeout = 30_000 });
        await ShotAsync(page, "user-detail");

        // Closed and opened again, the secret is gone: it was shown once.
        await page.GetByLabel("Close details").ClickAsync();
        await Row(page, user).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("user-detail")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByTestId("one-time-secret")).ToHaveCountAsync(0);
        await Assertions.Expect(Row(page, user)).ToContainTextAsync(group);
        await ShotAsync(page, "users");

        await page.GotoAsync($"/groups/{group}");
        await Assertions.Expect(page.GetByTestId("group-member")).ToHaveTextAsync(user, new() { Timeout = 30_000 });
        await page.GetByTestId("group-delete").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"removed member {user}", new() { Timeout = 30_000 });
        await Assertions.Expect(Row(page, group)).ToHaveCountAsync(0, new() { Timeout = 30_000 });

        await page.GotoAsync($"/users/{user}");
        await Assertions.Expect(page.GetByTestId("user-detail")).ToBeVisibleAsync(Slow);
        await page.GetByTestId("user-delete").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync("deleted access key", new() { Timeout = 30_000 });
        await Assertions.Expect(Row(page, user)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }
}
