using AngleSharp.Dom;
using Bunit;
using EucaConsole.Components.Pages.Launch;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Scaling;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Launching;

/// <summary>The launch-configuration wizard's name step, the role's profile, and the scaling-group form it offers afterwards.</summary>
public sealed class LaunchConfigurationWizardTests : ConsoleComponentTest
{
    private readonly WizardTestCloud _cloud = new();

    public LaunchConfigurationWizardTests()
    {
        _cloud.Register(Services);
    }

    private IRenderedComponent<MudPopoverProvider>? _popovers;

    private IRenderedComponent<CreateLaunchConfiguration> RenderWithImage()
    {
        _popovers = Render<MudPopoverProvider>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("image", WizardTestCloud.Linux.Id));
        return Render<CreateLaunchConfiguration>();
    }

    private static string Title(IRenderedComponent<CreateLaunchConfiguration> wizard) => wizard.Find("[data-testid=wizard-title]").TextContent;

    private static IElement Input(IRenderedComponent<CreateLaunchConfiguration> wizard, string testId) =>
        wizard.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    private static void Next(IRenderedComponent<CreateLaunchConfiguration> wizard)
    {
        var before = wizard.Find("[data-testid=wizard-title]").TextContent;
        wizard.Find("[data-testid=wizard-next]").Click();
        wizard.WaitForAssertion(() => Assert.True(before != Title(wizard) || wizard.FindAll("[data-testid=wizard-problems]").Count > 0));
    }

    private IRenderedComponent<CreateLaunchConfiguration> OnNameStep()
    {
        var wizard = RenderWithImage();
        Next(wizard);
        Next(wizard);
        Next(wizard);
        Assert.Equal("Name", Title(wizard));
        return wizard;
    }

    [Fact]
    public void An_image_from_the_images_page_is_chosen_already()
    {
        var wizard = RenderWithImage();

        wizard.WaitForAssertion(() => Assert.Contains("web-base", wizard.Find("[data-testid=chosen-image]").TextContent, StringComparison.Ordinal));
        Next(wizard);
        Assert.Equal("Type", Title(wizard));
    }

    [Fact]
    public void The_name_step_needs_a_name()
    {
        var wizard = OnNameStep();

        Next(wizard);

        Assert.Equal("Name", Title(wizard));
        Assert.Contains("Name the launch configuration.", wizard.Find("[data-testid=wizard-problems]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Creating_with_a_role_makes_its_profile_and_then_offers_a_scaling_group_whose_sizes_are_checked()
    {
        _cloud.Identity
            .Returns(nameof(IIdentityService.GetRoleAsync), new IamRole("web", "AROA1", "arn:aws:iam::123456789012:role/web", "/", null, TrustPolicies.Ec2, null))
            .Returns<IReadOnlyList<InstanceProfile>>(nameof(IIdentityService.ListInstanceProfilesAsync), [])
            .On(nameof(IIdentityService.CreateInstanceProfileAsync), args =>
                Task.FromResult(new InstanceProfile((string)args[0]!, "AIPA1", $"arn:aws:iam::123456789012:instance-profile/{args[0]}", "/", [], null)))
            .Completes(nameof(IIdentityService.AddRoleToInstanceProfileAsync));
        _cloud.Scaling.Completes(nameof(IScalingService.CreateLaunchConfigurationAsync)).Completes(nameof(IScalingService.CreateScalingGroupAsync));
        var wizard = RenderWithImage();
        Next(wizard);
        Next(wizard);
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("[data-testid=group-default]")));
        MudSelects.Choose(wizard, _popovers!, "role", "web");
        Next(wizard);
        Input(wizard, "lc-name").Input("web-lc");
        Next(wizard);
        wizard.WaitForAssertion(() => Assert.Contains("an instance profile named web will be made", wizard.Find("[data-testid=review-role]").TextContent,
            StringComparison.Ordinal));

        wizard.Find("[data-testid=wizard-finish]").Click();

        wizard.WaitForAssertion(() => Assert.Contains("with instance profile web (made for it)", wizard.Find("[data-testid=lc-created]").TextContent,
            StringComparison.Ordinal));
        var spec = (LaunchConfigurationSpec)_cloud.Scaling.Calls.Single(c => c.Method == nameof(IScalingService.CreateLaunchConfigurationAsync)).Args[0]!;
        Assert.Equal("web", spec.IamInstanceProfile);

        Input(wizard, "group-desired").Change("5");
        wizard.Find("[data-testid=create-group]").Click();
        Assert.Contains("The desired capacity lies between the minimum and the maximum.", wizard.Find("[data-testid=scaling-group-form]").TextContent,
            StringComparison.Ordinal);
        Assert.Contains("Choose at least one availability zone.", wizard.Find("[data-testid=scaling-group-form]").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, _cloud.Scaling.CallsTo(nameof(IScalingService.CreateScalingGroupAsync)));

        Input(wizard, "group-desired").Change("2");
        wizard.Find("input[data-testid=zone-us-east-1b], [data-testid=zone-us-east-1b] input").Change(true);
        wizard.Find("[data-testid=create-group]").Click();

        wizard.WaitForAssertion(() => Assert.Contains("web-lc-group", wizard.Find("[data-testid=group-created]").TextContent, StringComparison.Ordinal));
        var group = (ScalingGroupSpec)_cloud.Scaling.Calls.Single(c => c.Method == nameof(IScalingService.CreateScalingGroupAsync)).Args[0]!;
        Assert.Equal(("web-lc", 1, 2, 2), (group.LaunchConfigurationName, group.MinSize, group.DesiredCapacity, group.MaxSize));
        Assert.Equal(["us-east-1b"], group.AvailabilityZones);
    }
}
