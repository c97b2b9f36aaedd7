using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>/stacks/new is the creation page (not a stack named "new"): a small template with two parameters becomes a stack.</summary>
[Collection(BrowserTests.Name)]
public sealed class CreateStackBrowserTests(BrowserFixture fixture)
{
    private const string Template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Description: Made by the browser test
        Parameters:
          Purpose:
            Type: String
            AllowedValues: [web, batch]
            Default: web
          Port:
            Type: Number
            MinValue: 1
            MaxValue: 65535
            Default: 8080
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Sub "${Purpose} on ${Port}"
        """;

    [Fact]
    public async Task A_stack_made_from_a_pasted_template_with_two_parameters_is_created_and_opened()
    {
        var page = await fixture.SandboxPageAsync();
        var name = "browser-stack-" + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/stacks");
        await page.GetByTestId("new-stack").ClickAsync();
        await page.Locator("[data-testid=stack-name] input, input[data-testid=stack-name]").FillAsync(name);
        await page.Locator("[data-testid=template-body] textarea, textarea[data-testid=template-body]").FillAsync(Template);
        await page.GetByTestId("read-parameters").ClickAsync();
        await page.Locator("[data-testid=parameter-Port] input, input[data-testid=parameter-Port]").FillAsync("8443");
        await page.GetByTestId("stack-review-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stack-review")).ToContainTextAsync("8443");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "stack-create.png"), FullPage = true });
        await page.GetByTestId("create-stack").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/stacks/{name}$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("stack-status")).ToHaveTextAsync("CREATE_COMPLETE", new() { Timeout = 30_000 });

        await page.GetByTestId("stack-delete").ClickAsync();
        await Assertions.Expect(page.GetByTestId("typed-confirm-ok")).ToBeDisabledAsync();
        await page.Locator("[data-testid=typed-confirm-input] input, input[data-testid=typed-confirm-input]").FillAsync(name);
        await page.GetByTestId("typed-confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stack-status")).ToHaveTextAsync("DELETE_COMPLETE", new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "stack-deleted.png"), FullPage = true });
        await page.GotoAsync("/stacks");
        await Assertions.Expect(page.Locator("tr[data-key]").Filter(new() { HasText = name })).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_consoles_own_template_is_created_through_the_page_from_its_file()
    {
        var page = await fixture.SandboxPageAsync();
        var name = "console-" + Guid.NewGuid().ToString("N")[..6];
        await page.GotoAsync("/images");
        var image = (await page.Locator("tr[data-key]").First.InnerTextAsync(new() { Timeout = 30_000 })).Split('\t', '\n', ' ')
            .First(part => part.StartsWith("ami-", StringComparison.Ordinal));

        await page.GotoAsync("/stacks/new");
        await page.Locator("input[type=file]").SetInputFilesAsync(Path.Combine(RepositoryPaths.Root, "infra", "template.yaml"));
        await Assertions.Expect(page.GetByTestId("stack-parameters")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        async Task FillAsync(string testId, string value) =>
            await page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").FillAsync(value);
        await FillAsync("stack-name", name);
        await FillAsync("parameter-ImageId", image);
        await FillAsync("parameter-ConsoleReleaseUrl", "https://releases.example.com/console.tar.gz");
        await FillAsync("parameter-SSHLocation", "203.0.113.0/24");
        await FillAsync("parameter-CertificateArn", "arn:aws:iam::123456789012:server-certificate/sandbox-console");
        await FillAsync("parameter-RedisPassword", "abcdefghij0123456789");
        await FillAsync("parameter-KeyRingKey", Convert.ToBase64String(new byte[32]));
        if (await page.GetByTestId("stack-capabilities").CountAsync() > 0)
        {
            await page.Locator("[data-testid=acknowledge-capabilities] input, input[data-testid=acknowledge-capabilities]").CheckAsync();
        }

        await page.GetByTestId("stack-review-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stack-review")).ToContainTextAsync("(hidden)");
        await Assertions.Expect(page.GetByTestId("stack-review")).Not.ToContainTextAsync("abcdefghij0123456789");
        await page.GetByTestId("create-stack").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/stacks/{name}$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("stack-status")).ToHaveTextAsync("CREATE_COMPLETE", new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "stack-console-template.png"), FullPage = true });
    }
}
