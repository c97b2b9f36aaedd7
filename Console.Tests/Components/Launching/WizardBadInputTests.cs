using EucaConsole.Tests.Fixtures;
using AngleSharp.Dom;
using Bunit;
using EucaConsole.Components.Pages.Launch;
using EucaConsole.Domain.Compute;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

using EucaConsole.Tests.Components.Tables;

namespace EucaConsole.Tests.Components.Launching;

/// <summary>What a user or a link types that the cloud would not list never passes a step, and nothing is sent for it.</summary>
public sealed class WizardBadInputTests : ConsoleComponentTest
{
    private readonly WizardTestCloud _cloud = new();

    public WizardBadInputTests()
    {
        _cloud.Register(Services);
    }

    private static string Title(IRenderedComponent<LaunchInstance> wizard) => wizard.Find("[data-testid=wizard-title]").TextContent;

    private static IElement Input(IRenderedComponent<LaunchInstance> wizard, string testId) =>
        wizard.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    private IRenderedComponent<LaunchInstance> RenderLinked(string? image)
    {
        if (image is not null)
        {
            var navigation = Services.GetRequiredService<NavigationManager>();
            navigation.NavigateTo(navigation.GetUriWithQueryParameter("image", image));
        }

        var wizard = Render<LaunchInstance>();
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("tr[data-key]")));
        return wizard;
    }

    private int CallsToRunOrDescribe() =>
        _cloud.Compute.CallsTo(nameof(IAllCompute.RunInstancesAsync)) + _cloud.Compute.CallsTo(nameof(IAllCompute.DescribeImageAsync));

    [Theory]
    [InlineData("PRB' OR 1=1; DROP TABLE instances")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    [InlineData("m1 small")]
    [InlineData("m1/small")]
    [InlineData("m9.enormous")]
    public void An_instance_type_the_cloud_does_not_list_keeps_the_type_step(string typed)
    {
        var wizard = RenderLinked(null);
        wizard.FindAll("tr[data-key]")[0].ClickRow();
        wizard.Find("[data-testid=wizard-next]").Click();
        wizard.WaitForAssertion(() => Assert.Equal("Type and count", Title(wizard)));
        wizard.WaitForAssertion(() => Assert.Equal("t3.micro", Input(wizard, "instance-type").GetAttribute("value")));

        Input(wizard, "instance-type").Input(typed);
        Input(wizard, "instance-type").Blur();
        wizard.Find("[data-testid=wizard-next]").Click();

        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("[data-testid=wizard-problems]")));
        Assert.Equal("Type and count", Title(wizard));
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.RunInstancesAsync)));
    }

    [Theory]
    [InlineData("ami-doesnotexist")]
    [InlineData("<b>ami-11111111</b>")]
    [InlineData("../../etc/passwd")]
    public void A_link_that_is_not_an_image_id_lands_on_the_image_step_with_the_reason_and_asks_nothing(string link)
    {
        var wizard = RenderLinked(link);

        wizard.WaitForAssertion(() => Assert.Contains("did not name an image id", wizard.Find("[data-testid=image-link-problem]").TextContent,
            StringComparison.Ordinal));
        wizard.Find("[data-testid=wizard-next]").Click();
        Assert.Equal("Image", Title(wizard));
        Assert.Equal(0, CallsToRunOrDescribe());
    }

    [Fact]
    public void A_link_to_an_image_the_cloud_does_not_have_lands_on_the_image_step_with_the_reason()
    {
        _cloud.Compute.Returns<Image?>(nameof(IAllCompute.DescribeImageAsync), null);

        var wizard = RenderLinked("ami-0123456789abcdef0");

        wizard.WaitForAssertion(() => Assert.Contains("This cloud has no image ami-0123456789abcdef0",
            wizard.Find("[data-testid=image-link-problem]").TextContent, StringComparison.Ordinal));
        wizard.Find("[data-testid=wizard-next]").Click();
        Assert.Equal("Image", Title(wizard));
        Assert.Equal(1, _cloud.Compute.CallsTo(nameof(IAllCompute.DescribeImageAsync)));
    }

    [Fact]
    public void A_link_to_a_public_image_outside_the_users_list_is_looked_up_and_chosen()
    {
        var shared = WizardTestCloud.Linux with { Id = "ami-0123456789abcdef0", Name = "public-base" };
        _cloud.Compute.Returns<Image?>(nameof(IAllCompute.DescribeImageAsync), shared);

        var wizard = RenderLinked(shared.Id);

        wizard.WaitForAssertion(() => Assert.Contains("public-base", wizard.Find("[data-testid=chosen-image]").TextContent, StringComparison.Ordinal));
        wizard.Find("[data-testid=wizard-next]").Click();
        wizard.WaitForAssertion(() => Assert.Equal("Type and count", Title(wizard)));
    }
}
