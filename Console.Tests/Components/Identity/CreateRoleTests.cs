using Bunit;
using EucaConsole.Components.Pages.Identity;
using EucaConsole.Domain.Identity;
using EucaConsole.Tests.Components.Launching;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Identity;

public sealed class CreateRoleTests : ConsoleComponentTest
{
    private readonly WizardTestCloud _cloud = new();

    public CreateRoleTests()
    {
        _cloud.Register(Services);
    }

    [Fact]
    public void A_broken_custom_trust_policy_is_shown_at_its_line_and_nothing_is_sent()
    {
        var page = Render<CreateRole>();
        page.Find("input[data-testid=role-name], [data-testid=role-name] input").Input("app-role");
        page.FindAll("input.mud-radio-input")[1].Click();
        page.Find("textarea[data-testid=trust-policy], [data-testid=trust-policy] textarea")
            .Input("{\n  \"Statement\": [\n    {\"Effect\": \"Allow\" \"Action\": \"sts:AssumeRole\"}\n  ]\n}");

        page.Find("[data-testid=role-create]").Click();

        var problem = page.Find("[data-testid=trust-policy-problem]");
        Assert.Contains("line 3", problem.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("{\"Effect\": \"Allow\" \"Action\"", problem.QuerySelector(".broken")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, _cloud.Identity.CallsTo(nameof(IIdentityService.CreateRoleAsync)));
    }

    [Fact]
    public void A_role_from_the_ec2_preset_with_a_template_policy_is_created_and_listed()
    {
        _cloud.Identity
            .On(nameof(IIdentityService.CreateRoleAsync), args =>
                Task.FromResult(new IamRole((string)args[0]!, "AROA9", $"arn:aws:iam::123456789012:role/{args[0]}", "/", null, (string)args[3]!, null)))
            .Completes(nameof(IIdentityService.PutRolePolicyAsync));
        var popovers = Render<MudPopoverProvider>();
        var page = Render<CreateRole>();
        page.Find("input[data-testid=role-name], [data-testid=role-name] input").Input("reader");
        MudSelects.Choose(page, popovers, "policy-template", "EC2 read-only");

        page.Find("[data-testid=role-create]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("/roles?created=reader", navigation.Uri, StringComparison.Ordinal));
        var create = _cloud.Identity.Calls.Single(c => c.Method == nameof(IIdentityService.CreateRoleAsync));
        Assert.Equal(TrustPolicies.Ec2, create.Args[3]);
        var put = _cloud.Identity.Calls.Single(c => c.Method == nameof(IIdentityService.PutRolePolicyAsync));
        Assert.Equal(("reader", "ec2-read-only"), ((string)put.Args[0]!, (string)put.Args[1]!));
    }

    [Fact]
    public void On_eucalyptus_the_description_field_says_it_is_not_kept()
    {
        _cloud.Profile = EucaConsole.Domain.Cloud.CloudProfile.ForEucalyptus("cloud.test", 8773, EucaConsole.Domain.Cloud.EucalyptusAddressing.PathStyle);

        var page = Render<CreateRole>();

        page.WaitForAssertion(() => Assert.Contains("Eucalyptus 4.4 does not keep role descriptions", page.Markup, StringComparison.Ordinal));
        Assert.True(page.Find("input[data-testid=role-description], [data-testid=role-description] input").HasAttribute("disabled"));
    }

    [Fact]
    public void On_aws_the_description_field_is_open()
    {
        var page = Render<CreateRole>();

        Assert.False(page.Find("input[data-testid=role-description], [data-testid=role-description] input").HasAttribute("disabled"));
        Assert.DoesNotContain("does not keep role descriptions", page.Markup, StringComparison.Ordinal);
    }
}
