using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Firewall;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Firewall;

public sealed class RuleChangeApplierTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<SecurityGroup> GroupAsync(string id) => (await cloud.Compute.DescribeSecurityGroupsAsync(None)).Single(g => g.Id == id);

    [Fact]
    public async Task A_reviewed_change_adds_ipv4_ipv6_and_group_rules_and_removes_one()
    {
        var web = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("web"), "web", null, None);
        var app = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("app"), "app", null, None);
        var ssh = new GroupRule(RuleDirection.Ingress, "tcp", 22, 22, "203.0.113.0/24");
        var https6 = new GroupRule(RuleDirection.Ingress, "tcp", 443, 443, "2001:db8::/32");
        var fromWeb = new GroupRule(RuleDirection.Ingress, "tcp", 8000, 8080, web);
        var applier = new RuleChangeApplier(cloud.Compute);

        var first = await applier.ApplyAsync(app, new RuleChange([ssh, https6, fromWeb], []), None);
        Assert.True(first.Succeeded);
        Assert.Equal(3, first.Applied.Count);
        var rules = GroupRule.Of(await GroupAsync(app));
        Assert.Contains(ssh, rules);
        Assert.Contains(https6, rules);
        Assert.Contains(fromWeb, rules);

        var edited = rules.Where(r => r != ssh).ToList();
        var second = await applier.ApplyAsync(app, RuleChange.Between(rules, edited), None);

        Assert.True(second.Succeeded);
        Assert.Equal([new RuleStep(ssh, false)], second.Applied);
        Assert.DoesNotContain(ssh, GroupRule.Of(await GroupAsync(app)));
    }

    [Fact]
    public async Task When_one_call_fails_the_report_says_which_rules_were_applied_and_which_not()
    {
        var group = await cloud.Compute.CreateSecurityGroupAsync(CloudFixture.Unique("partial"), "partial", null, None);
        var ok = new GroupRule(RuleDirection.Ingress, "tcp", 80, 80, "0.0.0.0/0");
        var unknownGroup = new GroupRule(RuleDirection.Ingress, "tcp", 81, 81, "sg-0123456789abcdef0");
        var later = new GroupRule(RuleDirection.Ingress, "tcp", 82, 82, "0.0.0.0/0");

        var report = await new RuleChangeApplier(cloud.Compute).ApplyAsync(group, new RuleChange([ok, unknownGroup, later], []), None);

        Assert.False(report.Succeeded);
        Assert.Equal([new RuleStep(ok, true)], report.Applied);
        Assert.Equal(new RuleStep(unknownGroup, true), report.Failed);
        Assert.Contains("InvalidGroup.NotFound", report.Error, StringComparison.Ordinal);
        Assert.Equal([new RuleStep(later, true)], report.NotTried);
        var rules = GroupRule.Of(await GroupAsync(group));
        Assert.Contains(ok, rules);
        Assert.DoesNotContain(later, rules);
    }
}
