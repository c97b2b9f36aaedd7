using EucaConsole.Domain.Stacks;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Stacks;

/// <summary>Template parameter declarations (YAML with short-form tags, and JSON) and the checks made before an update.</summary>
public sealed class TemplateParametersTests
{
    private static readonly IReadOnlyList<TemplateParameter> Console =
        TemplateParameters.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "template.yaml")));

    private static TemplateParameter Declared(string key) => Console.Single(p => p.Key == key);

    [Fact]
    public void The_consoles_own_template_is_read_with_types_defaults_and_constraints()
    {
        var desired = Declared("DesiredCapacity");

        Assert.Equal(("Number", "1", 1m, 20m), (desired.Type, desired.Default, desired.MinValue, desired.MaxValue));
        Assert.Equal(["Eucalyptus", "Aws"], Declared("CloudKind").AllowedValues);
        Assert.True(Declared("RedisPassword").NoEcho);
        Assert.Equal(16, Declared("RedisPassword").MinLength);
        Assert.Null(Declared("SSHLocation").Default);
    }

    [Fact]
    public void A_json_template_is_read_too()
    {
        var declared = TemplateParameters.Read("""{"Parameters": {"Size": {"Type": "Number", "Default": "2", "MaxValue": "9"}}, "Resources": {}}""");

        Assert.Equal(9m, Assert.Single(declared).MaxValue);
    }

    [Fact]
    public void A_template_that_is_not_yaml_or_json_is_a_clear_error() =>
        Assert.Throws<FormatException>(() => TemplateParameters.Read("Parameters: [unclosed"));

    [Theory]
    [InlineData("DesiredCapacity", "3", null)]
    [InlineData("DesiredCapacity", "25", "DesiredCapacity must be at most 20.")]
    [InlineData("DesiredCapacity", "0", "DesiredCapacity must be at least 1.")]
    [InlineData("DesiredCapacity", "three", "DesiredCapacity must be a plain number such as 3 or 2.5.")]
    [InlineData("DesiredCapacity", "1e1", "DesiredCapacity must be a plain number such as 3 or 2.5.")]
    [InlineData("DesiredCapacity", "+5", "DesiredCapacity must be a plain number such as 3 or 2.5.")]
    [InlineData("DesiredCapacity", " 5", "DesiredCapacity must be a plain number such as 3 or 2.5.")]
    [InlineData("DesiredCapacity", "2.5", null)]
    [InlineData("KeyName", "ops\nkey", "KeyName contains control characters (tabs, line breaks or others); type it without them.")]
    [InlineData("KeyName", "ops\u0007", "KeyName contains control characters (tabs, line breaks or others); type it without them.")]
    [InlineData("CloudKind", "Azure", "CloudKind must be one of Eucalyptus, Aws.")]
    [InlineData("SSHLocation", "203.0.113.0/24", null)]
    [InlineData("SSHLocation", "anywhere", "SSHLocation does not match the pattern ^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$. (must be an IPv4 CIDR such as 203.0.113.0/24)")]
    [InlineData("RedisPassword", "short", "RedisPassword must have at least 16 characters. (must be at least 16 letters and digits)")]
    public void Values_are_checked_against_the_declaration(string key, string value, string? problem) =>
        Assert.Equal(problem, ParameterConstraints.Check(Declared(key), System.Text.RegularExpressions.Regex.Unescape(value)));
}
