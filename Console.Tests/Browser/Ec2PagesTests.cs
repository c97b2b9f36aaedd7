using System.Text;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;
using static EucaConsole.Tests.Browser.Ui;

namespace EucaConsole.Tests.Browser;

/// <summary>The storage and network pages, used as a person would in the sandbox.</summary>
[Collection(BrowserTests.Name)]
public sealed class Ec2PagesTests(BrowserFixture fixture)
{
    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, $"{name}.png"), FullPage = true });

    [Fact]
    public async Task A_volume_is_created_attached_to_a_running_instance_snapshotted_and_a_volume_is_made_from_the_snapshot()
    {
        var page = await fixture.SandboxPageAsync();
        var name = CloudFixture.Unique("data");
        // The list searched by the new volume's name from the start: the shared sandbox holds a root volume for every test's instance.
        await page.GotoAsync($"/volumes?text={Uri.EscapeDataString(name)}");
        await Assertions.Expect(page.GetByTestId("rt-no-match").Or(page.Locator("tr[data-key]").First)).ToBeVisibleAsync(Slow);

        await page.GetByTestId("create-volume").ClickAsync();
        await Assertions.Expect(page.GetByTestId("create-volume-dialog")).ToBeVisibleAsync();
        await Field(page, "volume-size").FillAsync("3");
        await Field(page, "volume-name").FillAsync(name);
        await page.GetByTestId("volume-create").ClickAsync();
        await Assertions.Expect(Row(page, name)).ToBeVisibleAsync(Slow);
        await ShotAsync(page, "volumes");

        await Row(page, name).ClickAsync();
        await Assertions.Expect(page.GetByTestId("volume-detail")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByTestId("volume-status")).ToHaveTextAsync("available", new() { Timeout = 30_000 });
        await page.GetByTestId("volume-attach").ClickAsync();
        await ChooseAsync(page, "attach-instance", "web-1");
        await Assertions.Expect(Field(page, "attach-device")).ToHaveValueAsync("/dev/sdg");
        await page.GetByTestId("attach-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("volume-attachments")).ToContainTextAsync("/dev/sdg", new() { Timeout = 30_000 });
        await ShotAsync(page, "volume-detail");

        await page.GetByTestId("volume-snapshot-create").ClickAsync();
        await Field(page, "text-prompt-input").FillAsync($"{name} nightly");
        await page.GetByTestId("text-prompt-ok").ClickAsync();

        // Searched for, as a person would among many: moto lists a snapshot for every image it ships.
        await page.GotoAsync($"/snapshots?text={Uri.EscapeDataString(name)}");
        await Row(page, $"{name} nightly").ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("snapshot-status")).ToHaveTextAsync("completed", new() { Timeout = 30_000 });
        await ShotAsync(page, "snapshots");
        await page.GetByTestId("snapshot-create-volume").ClickAsync();
        await Assertions.Expect(page.GetByTestId("create-volume-dialog")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByTestId("create-volume-dialog")).ToContainTextAsync($"{name} nightly");
        await Field(page, "volume-name").FillAsync($"{name}-restored");
        await page.GetByTestId("volume-create").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Volume created" })).ToBeVisibleAsync(Slow);
        await page.GotoAsync($"/volumes?text={Uri.EscapeDataString(name)}-restored");
        await Row(page, $"{name}-restored").ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("volume-detail")).ToContainTextAsync("snap-");
        Assert.Equal(3, int.Parse((await page.GetByTestId("volume-detail").InnerTextAsync()).Split("Size")[1].Trim().Split(' ')[0],
            System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Rules_from_a_cidr_and_from_another_group_are_added_as_one_reviewed_change_and_one_is_removed()
    {
        var page = await fixture.SandboxPageAsync();
        var name = CloudFixture.Unique("edge");
        await page.GotoAsync("/security-groups");
        await Assertions.Expect(Row(page, "sandbox-web")).ToBeVisibleAsync(Slow);
        await page.GetByTestId("create-security-group").ClickAsync();
        await Field(page, "group-name").FillAsync(name);
        await Field(page, "group-description").FillAsync("edge proxies");
        await page.GetByTestId("group-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("security-group-detail")).ToContainTextAsync(name, new() { Timeout = 30_000 });

        await page.GetByTestId("preset-SSH").ClickAsync();
        await Field(page, "rule-source").FillAsync("203.0.113.0/24");
        await page.GetByTestId("rule-add").ClickAsync();
        await Field(page, "rule-ports").FillAsync("8080");
        await page.GetByTestId("rule-source-group").Filter(new() { HasText = "sandbox-web" }).ClickAsync();
        await page.GetByTestId("rule-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-change")).ToContainTextAsync("+ TCP 22 from 203.0.113.0/24");
        await Assertions.Expect(page.GetByTestId("rule-change")).ToContainTextAsync("+ TCP 8080 from sandbox-web");
        await page.GetByTestId("rule-apply").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("rule-report")).ToContainTextAsync("Applied", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("rules-ingress").Locator("li")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await ShotAsync(page, "security-group-rules");

        await page.GetByTestId("rules-ingress").Locator("li").Filter(new() { HasText = "TCP 22" }).GetByTestId("rule-remove").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-change")).ToContainTextAsync("− TCP 22 from 203.0.113.0/24");
        await page.GetByTestId("rule-apply").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("rules-ingress").Locator("li")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("rules-ingress")).ToContainTextAsync("TCP 8080 from sandbox-web");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("rules-ingress").Locator("li")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task A_created_key_pairs_private_key_downloads_once_and_a_public_key_is_imported()
    {
        var page = await fixture.SandboxPageAsync();
        var created = CloudFixture.Unique("ops");
        var imported = CloudFixture.Unique("laptop");
        await page.GotoAsync("/key-pairs");
        await Assertions.Expect(Row(page, "sandbox-key")).ToBeVisibleAsync(Slow);

        await page.GetByTestId("create-key-pair").ClickAsync();
        await Field(page, "text-prompt-input").FillAsync(created);
        await page.GetByTestId("text-prompt-ok").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-private-key").ClickAsync());
        Assert.Equal($"{created}.pem", download.SuggestedFilename);
        var pem = await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8);
        Assert.Contains("PRIVATE KEY-----", pem, StringComparison.Ordinal);
        await Assertions.Expect(Row(page, created)).ToBeVisibleAsync(Slow);
        await page.ReloadAsync();
        await Assertions.Expect(Row(page, created)).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByTestId("download-private-key")).ToHaveCountAsync(0);

        await page.GetByTestId("import-key-pair").ClickAsync();
        await Field(page, "import-key-name").FillAsync(imported);
        await Field(page, "import-key-text").FillAsync("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIErrsSILICscPwNgOvsmiG9XSWz3UauV16i50Oj6SLml wrong-type");
        await page.GetByTestId("import-key-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToContainTextAsync("holds a ssh-ed25519 key");
        await Field(page, "import-key-text").FillAsync("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIErrsSILICscPwNgOvsmiG9XSWz3UauV16i50Oj6SLml ops@example");
        await page.GetByTestId("import-key-confirm").ClickAsync();
        await Assertions.Expect(Row(page, imported)).ToBeVisibleAsync(Slow);
        await ShotAsync(page, "key-pairs");
    }

    [Fact]
    public async Task An_address_is_allocated_associated_disassociated_and_released()
    {
        var page = await fixture.SandboxPageAsync();
        await page.GotoAsync("/addresses");
        var rows = page.Locator("tr[data-key]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(Slow);
        var before = (await rows.AllInnerTextsAsync()).ToHashSet();

        await page.GetByTestId("allocate-address").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(rows).ToHaveCountAsync(before.Count + 1, new() { Timeout = 30_000 });
        var added = (await rows.AllInnerTextsAsync()).Single(r => !before.Contains(r));
        var ip = added.Split('\t', '\n', ' ').First(part => part.Count(c => c == '.') == 3);

        await Row(page, ip).ClickAsync();
        await page.GetByTestId("address-associate").ClickAsync();
        await ChooseAsync(page, "associate-instance", "web-2");
        await page.GetByTestId("associate-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("address-instance")).ToContainTextAsync("i-", new() { Timeout = 30_000 });
        await ShotAsync(page, "addresses");

        await page.GetByTestId("address-disassociate").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("address-instance")).ToHaveTextAsync("Not associated", new() { Timeout = 30_000 });
        await page.GetByTestId("address-release").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(Row(page, ip)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task A_vpc_is_made_from_its_range_opened_with_its_id_copyable_and_deleted()
    {
        var page = await fixture.SandboxPageAsync();
        var name = CloudFixture.Unique("net");
        await page.GotoAsync("/vpcs");
        await Assertions.Expect(page.Locator("tr[data-key]").First).ToBeVisibleAsync(Slow); // the region's default VPC

        await page.GetByTestId("create-vpc").ClickAsync();
        await Assertions.Expect(page.GetByTestId("create-vpc-dialog")).ToBeVisibleAsync();
        await Field(page, "vpc-cidr").FillAsync("10.20.0.0/12");
        await page.GetByTestId("vpc-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToContainTextAsync("/16");
        await Field(page, "vpc-cidr").FillAsync("10.20.0.0/16");
        await Field(page, "vpc-name").FillAsync(name);
        await page.GetByTestId("vpc-create").ClickAsync();
        await Assertions.Expect(Row(page, name)).ToBeVisibleAsync(Slow);

        await Row(page, name).ClickAsync();
        var detail = page.GetByTestId("vpc-detail");
        await Assertions.Expect(detail).ToContainTextAsync("10.20.0.0/16", new() { Timeout = 30_000 });
        await Assertions.Expect(detail.GetByTestId("detail-title")).ToHaveTextAsync(name);
        var id = await detail.GetByTestId("detail-id").InnerTextAsync();
        Assert.StartsWith("vpc-", id, StringComparison.Ordinal);
        Assert.EndsWith($"/vpcs/{id}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(id, await detail.Locator("button.detail-copy").GetAttributeAsync("data-copy"));
        await ShotAsync(page, "vpcs");

        await page.GetByTestId("vpc-delete").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = $"{id} deleted" })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(Row(page, name)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }
}
