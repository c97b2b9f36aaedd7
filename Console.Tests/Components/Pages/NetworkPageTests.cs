using System.Security.Cryptography;
using System.Text;
using Bunit;
using EucaConsole.Tests.Components;
using EucaConsole.Components.Pages.Compute;
using EucaConsole.Components.Pages.Network;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Components.Launching;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EucaConsole.Tests.Components.Pages;

/// <summary>The security group, key pair and address pages: forms checked before any call, changes reviewed, failures reported exactly.</summary>
public sealed class NetworkPageTests : ConsoleComponentTest
{
    private readonly WizardTestCloud _cloud = new();

    private static readonly SecurityGroup Web = new("sg-0000000a", "web", "web tier", "123456789012", null,
        [new SecurityRule("tcp", 22, 22, ["10.0.0.0/8"], [])], [new SecurityRule("-1", -1, -1, ["0.0.0.0/0"], [])], []);

    public NetworkPageTests()
    {
        _cloud.Register(Services);
        _cloud.Compute.Returns<IReadOnlyList<SecurityGroup>>(nameof(IAllCompute.DescribeSecurityGroupsAsync), [Web]);
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    private IRenderedComponent<MudDialogProvider> Dialogs { get; }

    private IRenderedComponent<SecurityGroups> GroupPage()
    {
        var page = Render<SecurityGroups>(p => p.Add(x => x.GroupId, Web.Id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=rule-editor]")));
        return page;
    }

    [Fact]
    public void A_malformed_rule_is_refused_before_it_joins_the_change()
    {
        var page = GroupPage();

        page.Type("rule-ports", "22");
        page.Type("rule-source", "010.0.0.0/8");
        page.Find("[data-testid=rule-add]").Click();

        Assert.Contains("IPv4 CIDR", page.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=rule-change]"));
        Assert.DoesNotContain(_cloud.Compute.Calls, c => c.Method.Contains("Authorize", StringComparison.Ordinal));
    }

    [Fact]
    public void Added_and_removed_rules_are_one_reviewed_change_and_a_failure_says_what_was_and_was_not_applied()
    {
        _cloud.Compute.Completes(nameof(IAllCompute.AuthorizeIngressAsync)).Completes(nameof(IAllCompute.RevokeIngressAsync));
        var authorizations = 0;
        _cloud.Compute.On(nameof(IAllCompute.AuthorizeIngressAsync), _ => ++authorizations == 2
            ? throw WizardTestCloud.Error("AuthorizeSecurityGroupIngress", "RulesPerSecurityGroupLimitExceeded", "Too many rules")
            : Task.CompletedTask);
        var page = GroupPage();

        page.Find("[data-testid='preset-HTTPS']").Click();
        page.Type("rule-source", "0.0.0.0/0");
        page.Find("[data-testid=rule-add]").Click();
        page.Find("[data-testid='preset-HTTP']").Click();
        page.Type("rule-source", "2001:db8::/32");
        page.Find("[data-testid=rule-add]").Click();
        page.FindAll("[data-testid=rules-ingress] [data-testid=rule-remove]")[0].Click();

        var change = page.Find("[data-testid=rule-change]").TextContent;
        Assert.Contains("+ TCP 443 from 0.0.0.0/0", change, StringComparison.Ordinal);
        Assert.Contains("+ TCP 80 from 2001:db8::/32", change, StringComparison.Ordinal);
        Assert.Contains("− TCP 22 from 10.0.0.0/8", change, StringComparison.Ordinal);
        Assert.DoesNotContain(_cloud.Compute.Calls, c => c.Method.Contains("Ingress", StringComparison.Ordinal));

        page.Find("[data-testid=rule-apply]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=confirm-ok]")));
        Dialogs.Find("[data-testid=confirm-ok]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=rule-report]")));
        var report = page.Find("[data-testid=rule-report]").TextContent;
        Assert.Contains("Failed: add TCP 80 from 2001:db8::/32: ", report, StringComparison.Ordinal);
        Assert.Contains("RulesPerSecurityGroupLimitExceeded", report, StringComparison.Ordinal);
        Assert.Contains("Applied before it: add TCP 443 from 0.0.0.0/0", report, StringComparison.Ordinal);
        Assert.Contains("Not tried: remove TCP 22 from 10.0.0.0/8", report, StringComparison.Ordinal);
        Assert.Equal(2, _cloud.Compute.CallsTo(nameof(IAllCompute.AuthorizeIngressAsync)));
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.RevokeIngressAsync)));
    }

    [Fact]
    public void A_group_name_the_cloud_would_refuse_is_refused_first()
    {
        var page = Render<SecurityGroups>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-key]")));

        page.Find("[data-testid=create-security-group]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=group-create]")));
        Dialogs.Type("group-name", "sg-web");
        Dialogs.Find("[data-testid=group-create]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains("cannot start with sg-", Dialogs.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.CreateSecurityGroupAsync)));
    }

    [Fact]
    public void A_pasted_private_key_is_refused_and_a_pem_public_key_is_imported_in_openssh_form()
    {
        _cloud.Compute.On(nameof(IAllCompute.ImportKeyPairAsync), args => Task.FromResult(new KeyPair((string)args[0]!, "aa:bb", "key-2")));
        using var rsa = RSA.Create(2048);
        var page = Render<KeyPairs>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-key]")));

        page.Find("[data-testid=import-key-pair]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=import-key-confirm]")));
        Dialogs.Type("import-key-name", "laptop");
        Dialogs.Type("import-key-text", rsa.ExportRSAPrivateKeyPem());
        Dialogs.Find("[data-testid=import-key-confirm]").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("That is a private key", Dialogs.Find("[data-testid=form-errors]").TextContent,
            StringComparison.Ordinal));
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.ImportKeyPairAsync)));

        Dialogs.Type("import-key-text", rsa.ExportSubjectPublicKeyInfoPem());
        Dialogs.Find("[data-testid=import-key-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal(1, _cloud.Compute.CallsTo(nameof(IAllCompute.ImportKeyPairAsync))));
        var import = _cloud.Compute.Calls.Single(c => c.Method == nameof(IAllCompute.ImportKeyPairAsync));
        Assert.Equal("laptop", import.Args[0]);
        Assert.StartsWith("ssh-rsa AAAAB3NzaC1yc2E", (string)import.Args[1]!, StringComparison.Ordinal);
    }

    [Fact]
    public void An_associated_address_cannot_be_released_and_allocating_asks_first()
    {
        _cloud.Compute.Returns<IReadOnlyList<Address>>(nameof(IAllCompute.DescribeAddressesAsync),
            [new("203.0.113.10", "eipalloc-1", "eipassoc-1", "i-0000000a", "10.0.0.5", "vpc")]);
        var page = Render<Addresses>(p => p.Add(x => x.PublicIp, "203.0.113.10"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=address-detail]")));

        Assert.True(page.Find("[data-testid=address-release]").HasAttribute("disabled"));
        page.Find("[data-testid=allocate-address]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=confirm-cancel]")));
        Dialogs.Find("[data-testid=confirm-cancel]").Click();
        Assert.Equal(0, _cloud.Compute.CallsTo(nameof(IAllCompute.AllocateAddressAsync)));
    }

    [Fact]
    public void The_windows_password_is_decrypted_with_the_pasted_key_and_a_wrong_key_says_so()
    {
        using var keyPair = RSA.Create(2048);
        using var other = RSA.Create(2048);
        var data = Convert.ToBase64String(keyPair.Encrypt(Encoding.UTF8.GetBytes("Adm1n!pass"), RSAEncryptionPadding.Pkcs1));
        _cloud.Compute.Returns<string?>(nameof(IAllCompute.GetPasswordDataAsync), data);
        var opened = Services.GetRequiredService<IDialogService>().ShowAsync<WindowsPasswordDialog>("Windows password", new DialogParameters<WindowsPasswordDialog>
        {
            { d => d.InstanceId, "i-0000000a" }, { d => d.KeyName, "ops" },
        });
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=password-decrypt]")));

        Dialogs.Type("password-private-key", other.ExportRSAPrivateKeyPem());
        Dialogs.Find("[data-testid=password-decrypt]").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("does not decrypt", Dialogs.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal));

        Dialogs.Type("password-private-key", keyPair.ExportRSAPrivateKeyPem());
        Dialogs.Find("[data-testid=password-decrypt]").Click();
        Dialogs.WaitForAssertion(() => Assert.Equal("Adm1n!pass", Dialogs.Field("windows-password").GetAttribute("value")));
        Assert.DoesNotContain("PRIVATE KEY", Dialogs.Markup, StringComparison.Ordinal);
        Assert.NotNull(opened);
    }
}
