using Bunit;
using EucaConsole.Components.Pages.Stacks;
using EucaConsole.Domain.Stacks;
using EucaConsole.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Components.Stacks;

/// <summary>Creating a stack: the template's parameters become a form, checked before anything is sent.</summary>
public sealed class CreateStackTests : ConsoleComponentTest
{
    private const string Template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Tier:
            Type: String
            AllowedValues: [web, batch]
            Default: web
          Size:
            Type: Number
            MinValue: 1
            MaxValue: 5
            Default: 2
          Secret:
            Type: String
            NoEcho: true
            Default: hidden-default
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Ref Tier
        """;

    private readonly AnsweringService<IStackService> _stacks;

    public CreateStackTests()
    {
        (var service, _stacks) = AnsweringService.Create<IStackService>();
        Services.AddScoped(_ => service);
        _stacks.Returns(nameof(IStackService.CreateStackAsync), "arn:aws:cloudformation:us-east-1:123456789012:stack/new-one/1");
    }

    private static void Type(IRenderedComponent<CreateStack> page, string testId, string value)
    {
        // Waited for: a field just added (a tag row) renders after the click that adds it, later under load.
        var field = page.WaitForElement($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea");
        try
        {
            field.Input(value);
        }
        catch (Bunit.MissingEventHandlerException)
        {
            // A field that takes its value when left (not Immediate).
            field.Change(value);
        }
    }

    private IRenderedComponent<CreateStack> WithTemplate()
    {
        var page = Render<CreateStack>();
        Type(page, "template-body", Template);
        page.Find("[data-testid=read-parameters]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=stack-parameters]")));
        return page;
    }

    [Fact]
    public void The_parameters_form_offers_allowed_values_hides_no_echo_and_keeps_its_default_out_of_the_page()
    {
        var page = WithTemplate();

        Assert.NotNull(page.Find("[data-testid=parameter-Tier]"));
        var secret = page.Find("[data-testid=parameter-Secret] input, input[data-testid=parameter-Secret]");
        Assert.Equal("password", secret.GetAttribute("type"));
        Assert.True(string.IsNullOrEmpty(secret.GetAttribute("value")), "a NoEcho default was put in the field");
        Assert.Equal("2", page.Find("[data-testid=parameter-Size] input, input[data-testid=parameter-Size]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("1stack", "2")]
    [InlineData("good-name", "1e1")]
    [InlineData("good-name", "9")]
    public void A_bad_name_or_value_is_named_and_nothing_is_sent(string name, string size)
    {
        var page = WithTemplate();
        Type(page, "stack-name", name);
        Type(page, "parameter-Size", size);

        page.Find("[data-testid=stack-review-open]").Click();

        Assert.Empty(page.FindAll("[data-testid=create-stack]"));
        Assert.Equal(0, _stacks.CallsTo(nameof(IStackService.CreateStackAsync)));
        page.WaitForAssertion(() => Assert.Contains("mud-input-error", page.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_form_creates_the_stack_and_opens_it()
    {
        var page = WithTemplate();
        Type(page, "stack-name", "new-one");
        Type(page, "parameter-Size", "3");
        page.Find("[data-testid=stack-tag-add]").Click();
        Type(page, "stack-tag-key", "team");
        Type(page, "stack-tag-value", "web");

        page.Find("[data-testid=stack-review-open]").Click();
        var review = page.Find("[data-testid=stack-review]").TextContent;
        Assert.Contains("(its default, hidden)", review, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-default", review, StringComparison.Ordinal);
        Assert.Contains("team=web", review, StringComparison.Ordinal);
        Assert.Equal(0, _stacks.CallsTo(nameof(IStackService.CreateStackAsync)));
        page.Find("[data-testid=create-stack]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("/stacks/new-one", navigation.Uri, StringComparison.Ordinal));
        var call = Assert.Single(_stacks.Calls, c => c.Method == nameof(IStackService.CreateStackAsync));
        var spec = (StackSpec)call.Args[0]!;
        Assert.Equal("3", spec.Parameters["Size"]);
        Assert.Equal("web", spec.Parameters["Tier"]);
        Assert.False(spec.Parameters.ContainsKey("Secret"));
        Assert.Empty(spec.Capabilities);
        Assert.Equal("team", Assert.Single(spec.Tags).Key);
    }

    [Fact]
    public void A_template_making_iam_resources_is_created_only_once_the_user_acknowledges_it()
    {
        var page = Render<CreateStack>();
        Type(page, "template-body", """
            Resources:
              Role:
                Type: AWS::IAM::Role
                Properties:
                  RoleName: named-role
                  AssumeRolePolicyDocument: {}
            """);
        page.Find("[data-testid=read-parameters]").Click();
        Type(page, "stack-name", "with-iam");

        page.Find("[data-testid=stack-review-open]").Click();
        Assert.Contains("tick the acknowledgement", page.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=create-stack]"));

        page.Find("input[data-testid=acknowledge-capabilities], [data-testid=acknowledge-capabilities] input").Change(true);
        page.Find("[data-testid=stack-review-open]").Click();
        page.Find("[data-testid=create-stack]").Click();

        page.WaitForAssertion(() => Assert.Equal(1, _stacks.CallsTo(nameof(IStackService.CreateStackAsync))));
        var spec = (StackSpec)_stacks.Calls.Single(c => c.Method == nameof(IStackService.CreateStackAsync)).Args[0]!;
        Assert.Equal(["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"], spec.Capabilities);
    }

    [Fact]
    public void A_template_url_is_read_by_the_cloud_and_a_url_that_is_not_https_is_refused_first()
    {
        _stacks.Returns(nameof(IStackService.ValidateTemplateUrlAsync),
            new TemplateSummary([new TemplateParameter("Env", "String", "dev", null, false, [], null, null, null, null, null, null)], [], null));
        var page = Render<CreateStack>();
        page.FindAll("input.mud-radio-input")[1].Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=template-url], [data-testid=template-url] input")));

        Type(page, "template-url", "file:///etc/passwd");
        page.Find("[data-testid=read-parameters]").Click();
        Assert.Contains("https://", page.Markup, StringComparison.Ordinal);
        Assert.Equal(0, _stacks.CallsTo(nameof(IStackService.ValidateTemplateUrlAsync)));

        Type(page, "template-url", "https://bucket.s3.amazonaws.com/app.yaml");
        page.Find("[data-testid=read-parameters]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=parameter-Env], [data-testid=parameter-Env] input")));
        Type(page, "stack-name", "from-url");
        page.Find("[data-testid=stack-review-open]").Click();
        page.Find("[data-testid=create-stack]").Click();

        page.WaitForAssertion(() => Assert.Equal(1, _stacks.CallsTo(nameof(IStackService.CreateStackAsync))));
        var spec = (StackSpec)_stacks.Calls.Single(c => c.Method == nameof(IStackService.CreateStackAsync)).Args[0]!;
        Assert.Equal(("https://bucket.s3.amazonaws.com/app.yaml", (string?)null), (spec.TemplateUrl, spec.TemplateBody));
    }

    [Fact]
    public void A_template_over_the_limit_or_not_a_template_is_said_before_anything_is_sent()
    {
        var page = Render<CreateStack>();
        Type(page, "template-body", "Parameters: [unclosed");
        page.Find("[data-testid=read-parameters]").Click();
        Assert.Empty(page.FindAll("[data-testid=stack-parameters]"));

        Type(page, "template-body", new string('#', CreateStack.MaxTemplateBytes + 1));
        page.Find("[data-testid=read-parameters]").Click();
        Assert.Contains("limited to 51,200 bytes", page.Markup, StringComparison.Ordinal);
        Assert.Equal(0, _stacks.CallsTo(nameof(IStackService.CreateStackAsync)));
    }
}
