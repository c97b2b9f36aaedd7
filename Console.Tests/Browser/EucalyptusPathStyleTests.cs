using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>
/// End to end on a path-style Eucalyptus layout (nginx in front of moto and a Tokens stub): the Eucalyptus
/// form signs in, and the launch wizard launches with a Name tag the way Eucalyptus 4.4 takes it —
/// RunInstances at version 2016-09-15 without TagSpecification, then CreateTags.
/// </summary>
public sealed class EucalyptusPathStyleTests(EucalyptusPathStyleFixture cloud) : IClassFixture<EucalyptusPathStyleFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private AmazonEC2Client Ec2() => new(new BasicAWSCredentials("ASIAEXAMPLETOKENKEY1", "temporary-secret-from-tokens"),
        new AmazonEC2Config { ServiceURL = cloud.Moto.Endpoint.ToString(), AuthenticationRegion = "eucalyptus" });

    private static async Task NextAsync(IPage page, string expectedTitle)
    {
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync(expectedTitle, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_eucalyptus_form_signs_in_path_style_and_a_launch_with_a_name_tag_is_tagged_after_run_instances()
    {
        using var ec2 = Ec2();
        var image = (await ec2.RegisterImageAsync(new RegisterImageRequest
        {
            Name = "euca-base-" + Guid.NewGuid().ToString("N")[..6],
            RootDeviceName = "/dev/sda1",
            Architecture = ArchitectureValues.X86_64,
            VirtualizationType = "hvm",
        })).ImageId;
        var tag = "euca-web-" + Guid.NewGuid().ToString("N")[..6];

        var page = await (await cloud.Browser.NewContextAsync(new() { BaseURL = cloud.Console.Address.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } }))
            .NewPageAsync();
        await page.GotoAsync("/signin");
        await Assertions.Expect(page.GetByTestId("configured-cloud")).ToContainTextAsync($"127.0.0.1:{cloud.Cloud.Port}");
        await page.GetByTestId("euca-account").FillAsync("acme");
        await page.GetByTestId("euca-user").FillAsync("admin");
        await page.GetByTestId("euca-password").FillAsync("secret");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToHaveTextAsync("acme/admin", new() { Timeout = 30_000 });

        await page.GotoAsync($"/instances/launch?image={image}");
        await Assertions.Expect(page.GetByTestId("chosen-image")).ToContainTextAsync(image, new() { Timeout = 30_000 });
        await NextAsync(page, "Type and count");
        await Field(page, "instance-type").FillAsync("m1.small");
        await NextAsync(page, "Details");
        await NextAsync(page, "Tags");
        await Field(page, "tag-name").FillAsync(tag);
        await NextAsync(page, "Review");
        await page.GetByTestId("wizard-finish").ClickAsync();
        await page.WaitForURLAsync("**/instances?launched=*", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("tr[data-key]").Filter(new() { HasText = tag })).ToBeVisibleAsync(Slow);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "eucalyptus-launched.png") });

        // What crossed the cloud's front end: Tokens path style, RunInstances without tags at Eucalyptus's version, then CreateTags.
        var log = cloud.Cloud.AccessLog.Split('\n');
        Assert.Contains(log, line => line.StartsWith("GET /services/Tokens?", StringComparison.Ordinal) && line.Contains(" 200 ", StringComparison.Ordinal));
        var run = Assert.Single(log, line => line.Contains("Action=RunInstances", StringComparison.Ordinal));
        Assert.Contains("Version=2016-09-15", run, StringComparison.Ordinal);
        Assert.DoesNotContain("TagSpecification", run, StringComparison.Ordinal);
        Assert.Contains(log, line => line.Contains("Action=CreateTags", StringComparison.Ordinal) && line.Contains(tag, StringComparison.Ordinal));
        var tagged = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new Filter("tag:Name", [tag])],
        });
        Assert.Single(tagged.Reservations.SelectMany(r => r.Instances));
    }
}
