using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Firewall;

namespace EucaConsole.Tests.Domain.Firewall;

public sealed class RuleDraftTests
{
    private static readonly RuleDraftValidator Validator = new();

    [Theory]
    [InlineData("tcp", "22", "203.0.113.0/24")]
    [InlineData("tcp", "8000-8080", "0.0.0.0/0")]
    [InlineData("udp", "53", "2001:db8::/32")]
    [InlineData("icmp", "", "10.0.0.0/8")]
    [InlineData("icmp", "8", "::/0")]
    [InlineData("-1", "", "sg-0123456789abcdef0")]
    public void Well_formed_rules_pass(string protocol, string ports, string source) =>
        Assert.True(Validator.Validate(new RuleDraft { Protocol = protocol, Ports = ports, Source = source }).IsValid);

    [Theory]
    [InlineData("tcp", "", "10.0.0.0/8", "port")]
    [InlineData("tcp", "70000", "10.0.0.0/8", "port")]
    [InlineData("tcp", "90-80", "10.0.0.0/8", "lower port")]
    [InlineData("tcp", "1e3", "10.0.0.0/8", "port")]
    [InlineData("-1", "22", "10.0.0.0/8", "no ports")]
    [InlineData("icmp", "300", "10.0.0.0/8", "ICMP type")]
    [InlineData("tcp", "22", "010.0.0.0/8", "CIDR")]
    [InlineData("tcp", "22", "10.0.0.0", "CIDR")]
    [InlineData("tcp", "22", "2001:db8::/129", "CIDR")]
    [InlineData("tcp", "22", "fe80::1%eth0/64", "CIDR")]
    [InlineData("tcp", "22", "sg-xyz", "CIDR")]
    [InlineData("tcp", "22", "", "source")]
    [InlineData("gre", "", "10.0.0.0/8", "TCP, UDP")]
    public void Malformed_rules_are_refused_with_the_reason(string protocol, string ports, string source, string reason)
    {
        var result = Validator.Validate(new RuleDraft { Protocol = protocol, Ports = ports, Source = source });

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_permission_with_several_sources_is_one_rule_per_source_and_a_change_is_their_difference()
    {
        var group = new SecurityGroup("sg-00000001", "web", "web", "123456789012", null,
            [new SecurityRule("tcp", 22, 22, ["10.0.0.0/8", "2001:db8::/32"], ["sg-00000002"])], [new SecurityRule("-1", -1, -1, ["0.0.0.0/0"], [])], []);

        var rules = GroupRule.Of(group);

        Assert.Equal(4, rules.Count);
        Assert.Equal("TCP 22 from 10.0.0.0/8", rules[0].Describe());
        Assert.Equal("All traffic to 0.0.0.0/0", rules[3].Describe());
        var edited = rules.Skip(1).Append(new RuleDraft { Protocol = "tcp", Ports = "443", Source = "0.0.0.0/0" }.ToRule()).ToList();
        var change = RuleChange.Between(rules, edited);
        Assert.Equal([rules[0]], change.Removed);
        Assert.Equal("TCP 443 from 0.0.0.0/0", Assert.Single(change.Added).Describe());
    }
}
