using System.Net.Http.Json;
using System.Text.Json;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>The table's Reload asks the cloud, not the cache: a change made outside the console shows at once.</summary>
[Collection(BrowserTests.Name)]
public sealed class ReloadIsFreshTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    private async Task<Uri> SandboxEndpointAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.Console.Address };
        var report = await http.GetFromJsonAsync<JsonElement>("/health/ready");
        return new Uri(report.GetProperty("checks").GetProperty("cloud").GetProperty("data").GetProperty("endpoint").GetString()!);
    }

    [Fact]
    public async Task A_tag_added_with_the_cloud_api_shows_after_reload()
    {
        var page = await fixture.SandboxPageAsync();
        await page.GotoAsync("/images");
        // The name's cell, not the row's middle: a new tag can widen the columns and put a copy button there.
        var row = page.Locator("tr[data-key] td").Filter(new() { HasText = "web-server-al2023" }).First;
        await row.ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("image-detail")).ToBeVisibleAsync(Slow);
        var imageId = page.Url.Split("/images/")[1].Split('?')[0];
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByTestId("image-detail")).ToHaveCountAsync(0, new() { Timeout = 30_000 });

        var value = "fresh-" + Guid.NewGuid().ToString("N")[..8];
        using (var ec2 = new AmazonEC2Client(new BasicAWSCredentials("cli-key", "cli-secret"),
                   new AmazonEC2Config { ServiceURL = (await SandboxEndpointAsync()).ToString(), AuthenticationRegion = "us-east-1" }))
        {
            await ec2.CreateTagsAsync(new CreateTagsRequest([imageId], [new Amazon.EC2.Model.Tag("reload-check", value)]));
        }

        await page.GetByTestId("rt-reload").ClickAsync();
        await Assertions.Expect(page.GetByTestId("resource-table")).ToHaveAttributeAsync("aria-busy", "false", new() { Timeout = 30_000 });
        await row.ClickAsync(new() { Timeout = 30_000 });

        await Assertions.Expect(page.GetByTestId("image-detail").GetByTestId("tag-list")).ToContainTextAsync(value, new() { Timeout = 30_000 });
    }
}
