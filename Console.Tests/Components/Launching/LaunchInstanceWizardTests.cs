using EucaConsole.Tests.Fixtures;
using AngleSharp.Dom;
using Bunit;
using EucaConsole.Components.Pages.Launch;
using EucaConsole.Domain.Compute;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

using EucaConsole.Tests.Components.Tables;

namespace EucaConsole.Tests.Components.Launching;

/// <summary>The launch-instance wizard: each step's messages, staying on an invalid step, going back with the input kept, and the launch.</summary>
public sealed class LaunchInstanceWizardTests : ConsoleComponentTest
{
    private readonly WizardTestCloud _cloud = new();

    public LaunchInstanceWizardTests()
    {
        _cloud.Register(Services);
    }

    private static string Title(IRenderedComponent<LaunchInstance> wizard) => wizard.Find("[data-testid=wizard-title]").TextContent;

    private static IElement Input(IRenderedComponent<LaunchInstance> wizard, string testId) =>
        wizard.Find($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea");

    private static void Next(IRenderedComponent<LaunchInstance> wizard) => wizard.Find("[data-testid=wizard-next]").Click();

    private IRenderedComponent<LaunchInstance> OnStep(string title)
    {
        var wizard = Render<LaunchInstance>();
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("tr[data-key]")));
        wizard.FindAll("tr[data-key]")[0].ClickRow();
        while (Title(wizard) != title)
        {
            var before = Title(wizard);
            Next(wizard);
            wizard.WaitForAssertion(() => Assert.NotEqual(before, Title(wizard)));
        }

        return wizard;
    }

    [Fact]
    public void Next_without_an_image_stays_on_the_image_step_and_says_why()
    {
        var wizard = Render<LaunchInstance>();
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("tr[data-key]")));

        Next(wizard);

        Assert.Equal("Image", Title(wizard));
        Assert.Contains("Choose an image.", wizard.Find("[data-testid=wizard-problems]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Choose an image.", wizard.Find("[data-testid=field-error]").TextContent);
    }

    [Fact]
    public void Choosing_an_image_after_the_step_complained_clears_the_complaint()
    {
        var wizard = Render<LaunchInstance>();
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("tr[data-key]")));
        Next(wizard);
        Assert.Contains("Choose an image.", wizard.Find("[data-testid=wizard-problems]").TextContent, StringComparison.Ordinal);

        wizard.FindAll("tr[data-key]")[0].ClickRow();

        wizard.WaitForAssertion(() => Assert.Empty(wizard.FindAll("[data-testid=wizard-problems]")));
        Assert.Empty(wizard.FindAll("[data-testid=field-error]"));
        Assert.Equal("Image", Title(wizard));
    }

    [Fact]
    public void Clicking_an_image_chooses_it_and_the_type_step_offers_types_for_its_architecture()
    {
        var wizard = OnStep("Type and count");

        Assert.Equal("t3.micro", Input(wizard, "instance-type").GetAttribute("value"));
        Assert.Empty(wizard.FindAll("[data-testid=wizard-problems]"));
        wizard.Find("[data-testid=wizard-step] button").Click();
        Assert.Contains("web-base", wizard.Find("[data-testid=chosen-image]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void On_eucalyptus_the_type_step_offers_its_vm_types_for_any_architecture_with_cpu_memory_and_disk()
    {
        _cloud.Profile = EucaConsole.Domain.Cloud.CloudProfile.ForEucalyptus("cloud.test", 8773, EucaConsole.Domain.Cloud.EucalyptusAddressing.PathStyle);
        _cloud.Compute.Returns<IReadOnlyList<InstanceTypeInfo>>(nameof(IAllCompute.DescribeInstanceTypesAsync),
            [new("m1.small", 1, 256, [], 5), new("c1.xlarge", 2, 2048, [], 10)]);

        var wizard = OnStep("Type and count");

        Assert.Equal("m1.small", Input(wizard, "instance-type").GetAttribute("value"));
        wizard.WaitForAssertion(() => Assert.Contains("1 vCPU, 256 MiB, 5 GiB disk", wizard.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_out_of_range_blocks_the_type_step_and_going_back_keeps_the_fixed_count()
    {
        var wizard = OnStep("Type and count");

        Input(wizard, "instance-count").Change("0");
        Next(wizard);
        Assert.Equal("Type and count", Title(wizard));
        Assert.Contains("Launch between 1 and 20 instances.", wizard.Find("[data-testid=wizard-problems]").TextContent, StringComparison.Ordinal);

        Input(wizard, "instance-count").Change("3");
        Next(wizard);
        wizard.WaitForAssertion(() => Assert.Equal("Details", Title(wizard)));
        wizard.Find("[data-testid=wizard-back]").Click();

        Assert.Equal("Type and count", Title(wizard));
        Assert.Equal("3", Input(wizard, "instance-count").GetAttribute("value"));
    }

    [Fact]
    public void User_data_over_16_KB_blocks_the_details_step()
    {
        var wizard = OnStep("Details");
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("[data-testid=group-default]")));

        Input(wizard, "user-data").Input(new string('x', 16 * 1024 + 1));
        Next(wizard);

        Assert.Equal("Details", Title(wizard));
        Assert.Contains("User data is 16,385 bytes; the limit is 16 KB (16,384 bytes).", wizard.Find("[data-testid=wizard-problems]").TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_key_pair_is_made_chosen_and_its_private_key_offered_once()
    {
        _cloud.Compute.On(nameof(IAllCompute.CreateKeyPairAsync), args =>
            Task.FromResult(new CreatedKeyPair(new KeyPair((string)args[0]!, "ff:ee", "key-2"), "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----")));
        var wizard = OnStep("Details");

        wizard.Find("[data-testid=new-key-pair]").Click();
        wizard.Find("[data-testid=create-key-pair]").Click();
        Assert.Contains("Name the key pair.", wizard.Find("[data-testid=new-key-pair-form]").TextContent, StringComparison.Ordinal);
        Input(wizard, "new-key-pair-name").Input("deploy");
        wizard.Find("[data-testid=create-key-pair]").Click();

        var download = wizard.Find("[data-testid=download-private-key]");
        Assert.Equal("deploy.pem", download.GetAttribute("download"));
        Assert.StartsWith("data:application/x-pem-file;base64,", download.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(1, _cloud.Compute.CallsTo(nameof(IAllCompute.CreateKeyPairAsync)));
    }

    [Fact]
    public void A_new_security_group_is_checked_made_opened_for_ssh_and_chosen()
    {
        _cloud.Compute.Returns(nameof(IAllCompute.CreateSecurityGroupAsync), "sg-0000000000000abcd")
            .Completes(nameof(IAllCompute.AuthorizeIngressAsync));
        var wizard = OnStep("Details");
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("[data-testid=group-default]")));

        wizard.Find("[data-testid=new-security-group]").Click();
        Input(wizard, "new-group-name").Input("sg-web");
        Input(wizard, "new-group-ssh").Input("10.0.0.0/33");
        wizard.Find("[data-testid=create-security-group]").Click();
        var form = wizard.Find("[data-testid=new-security-group-form]").TextContent;
        Assert.Contains("A security group name cannot start with sg-.", form, StringComparison.Ordinal);
        Assert.Contains("Describe the security group.", form, StringComparison.Ordinal);
        Assert.Contains("Give a network as an IPv4 CIDR", form, StringComparison.Ordinal);
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.CreateSecurityGroupAsync)));

        Input(wizard, "new-group-name").Input("web");
        Input(wizard, "new-group-description").Input("web servers");
        Input(wizard, "new-group-ssh").Input("10.0.0.0/8");
        wizard.Find("[data-testid=create-security-group]").Click();

        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("[data-testid=group-web]")));
        Assert.True(Input(wizard, "group-web").HasAttribute("checked") || Input(wizard, "group-web").GetAttribute("aria-checked") == "true");
        var rule = (SecurityRule)_cloud.Compute.Calls.Single(c => c.Method == nameof(IAllCompute.AuthorizeIngressAsync)).Args[1]!;
        Assert.Equal(("tcp", 22, 22, "10.0.0.0/8"), (rule.Protocol, rule.FromPort!.Value, rule.ToPort!.Value, rule.CidrRanges.Single()));
    }

    [Fact]
    public void A_reserved_tag_key_blocks_the_tags_step()
    {
        var wizard = OnStep("Tags");

        wizard.Find("[data-testid=add-tag]").Click();
        Input(wizard, "tag-key").Input("aws:team");
        Next(wizard);

        Assert.Equal("Tags", Title(wizard));
        Assert.Contains("Tag keys starting with aws: are reserved.", wizard.Find("[data-testid=wizard-problems]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cloud_error_keeps_the_wizard_on_review_with_the_input_and_a_retry_launches()
    {
        var calls = 0;
        _cloud.Compute.On(nameof(IAllCompute.RunInstancesAsync), args => ++calls == 1
            ? Task.FromException<IReadOnlyList<Instance>>(WizardTestCloud.Error("RunInstances", "InsufficientInstanceCapacity", "No capacity for t3.micro"))
            : Task.FromResult<IReadOnlyList<Instance>>([Launched("i-0123"), Launched("i-0456")]));
        var wizard = OnStep("Tags");
        Input(wizard, "tag-name").Input("web-7");
        Next(wizard);
        wizard.WaitForAssertion(() => Assert.Equal("Review", Title(wizard)));

        wizard.Find("[data-testid=wizard-finish]").Click();

        wizard.WaitForAssertion(() => Assert.Contains("InsufficientInstanceCapacity", wizard.Find("[data-testid=wizard-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Review", Title(wizard));
        Assert.Contains("Name=web-7", wizard.Find("[data-testid=review]").TextContent, StringComparison.Ordinal);

        wizard.Find("[data-testid=wizard-finish]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        wizard.WaitForAssertion(() => Assert.EndsWith("/instances?launched=i-0123%2Ci-0456", navigation.Uri, StringComparison.Ordinal));
        var spec = (RunInstancesSpec)_cloud.Compute.Calls.Last(c => c.Method == nameof(IAllCompute.RunInstancesAsync)).Args[0]!;
        Assert.Equal(WizardTestCloud.Linux.Id, spec.ImageId);
        Assert.Equal([new Tag("Name", "web-7")], spec.Tags);
    }

    private static Instance Launched(string id) =>
        new(id, "web-7", "pending", "t3.micro", WizardTestCloud.Linux.Id, null, "us-east-1a", null, null, null, "ebs", null, "x86_64", [], null, null, false, []);
}
