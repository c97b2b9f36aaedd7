using EucaConsole.Domain.Stacks;

namespace EucaConsole.Tests.Domain.Stacks;

public sealed class TemplateCapabilitiesTests
{
    [Theory]
    [InlineData("Resources: {G: {Type: 'AWS::EC2::SecurityGroup'}}", "")]
    [InlineData("Resources: {R: {Type: 'AWS::IAM::Role', Properties: {AssumeRolePolicyDocument: {}}}}", "CAPABILITY_IAM")]
    [InlineData("Resources: {R: {Type: 'AWS::IAM::Role', Properties: {RoleName: x}}}", "CAPABILITY_IAM,CAPABILITY_NAMED_IAM")]
    [InlineData("{\"Resources\": {\"P\": {\"Type\": \"AWS::IAM::InstanceProfile\", \"Properties\": {\"InstanceProfileName\": \"p\"}}}}", "CAPABILITY_IAM,CAPABILITY_NAMED_IAM")]
    [InlineData("Resources: [unclosed", "")]
    public void Iam_resources_need_acknowledging_and_named_ones_need_the_named_capability(string template, string expected) =>
        Assert.Equal(expected, string.Join(",", TemplateCapabilities.Required(template)));

    [Fact]
    public void The_consoles_own_template_needs_what_its_iam_resources_need()
    {
        var template = File.ReadAllText(Path.Combine(Fixtures.RepositoryPaths.Root, "infra", "template.yaml"));

        var required = TemplateCapabilities.Required(template);

        Assert.Equal(template.Contains("AWS::IAM::", StringComparison.Ordinal), required.Contains(TemplateCapabilities.Iam));
    }
}
