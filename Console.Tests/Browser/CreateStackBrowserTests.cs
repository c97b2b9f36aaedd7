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
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "stack-create.png"), FullPage = true });
        await page.GetByTestId("create-stack").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/stacks/{name}$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("stack-status")).ToHaveTextAsync("CREATE_COMPLETE", new() { Timeout = 30_000 });
    }
}
