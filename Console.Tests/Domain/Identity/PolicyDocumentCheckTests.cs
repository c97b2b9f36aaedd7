using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Roles;

namespace EucaConsole.Tests.Domain.Identity;

public sealed class PolicyDocumentCheckTests
{
    [Fact]
    public void Every_template_and_the_ec2_trust_policies_pass()
    {
        Assert.All(PolicyTemplates.All, t => Assert.Null(PolicyDocumentCheck.Find(t.Document)));
        Assert.Null(PolicyDocumentCheck.Find(TrustPolicies.Ec2));
        Assert.Null(PolicyDocumentCheck.Find(TrustPolicies.Ec2Indented));
    }

    [Fact]
    public void A_missing_comma_is_reported_at_its_line()
    {
        const string broken = "{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}";

        var problem = PolicyDocumentCheck.Find(broken);

        Assert.NotNull(problem);
        Assert.Equal(3, problem.Line);
        Assert.Equal(3, problem.Column);
        Assert.StartsWith("Not valid JSON:", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_comma_is_refused_as_iam_would()
    {
        var problem = PolicyDocumentCheck.Find("{\"Statement\": [{\"Effect\": \"Allow\"},]}");

        Assert.NotNull(problem);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void A_statement_without_a_proper_effect_is_reported_at_the_statement()
    {
        const string policy = """
            {
              "Version": "2012-10-17",
              "Statement": [
                { "Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*" },
                { "Effect": "Permit", "Action": "s3:Get*", "Resource": "*" }
              ]
            }
            """;

        var problem = PolicyDocumentCheck.Find(policy);

        Assert.Equal(new PolicyProblem(5, 5, "Statement 2 needs \"Effect\": \"Allow\" or \"Deny\"."), problem);
    }

    [Theory]
    [InlineData("", "The policy is empty.")]
    [InlineData("[1, 2]", "A policy is a JSON object ({ ... }).")]
    [InlineData("{\"Version\": \"2012-10-17\"}", "A policy needs a \"Statement\".")]
    public void Documents_without_the_iam_shape_are_refused(string json, string message) =>
        Assert.Equal(message, PolicyDocumentCheck.Find(json)?.Message);

    [Fact]
    public void A_single_statement_object_is_accepted() =>
        Assert.Null(PolicyDocumentCheck.Find("{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}}"));

    [Fact]
    public void The_role_form_refuses_a_broken_custom_trust_policy_with_its_line()
    {
        var form = new RoleForm { Name = "app", Trust = TrustKind.Custom, CustomTrustPolicy = "{\n\"Statement\": [\n  {\"Effect\": \"Allow\",}\n]}" };

        var failure = Assert.Single(new RoleFormValidator().Validate(form).Errors);

        Assert.Equal(nameof(RoleForm.CustomTrustPolicy), failure.PropertyName);
        Assert.StartsWith("The trust policy: Line 3, column", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(3, Assert.IsType<PolicyProblem>(failure.CustomState).Line);
    }

    [Theory]
    [InlineData("web role", "/", "A role name has 1 to 64")]
    [InlineData("web", "apps", "A path is / or starts and ends with /")]
    public void Role_names_and_paths_follow_iam_rules(string name, string path, string message)
    {
        var failure = Assert.Single(new RoleFormValidator().Validate(new RoleForm { Name = name, Path = path }).Errors);

        Assert.StartsWith(message, failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trusted_services_are_read_from_the_trust_policy()
    {
        Assert.Equal(["ec2.amazonaws.com"], RoleTrust.Services(TrustPolicies.Ec2));
        Assert.Equal(["ec2.amazonaws.com", "lambda.amazonaws.com"], RoleTrust.Services(
            """{"Statement":[{"Effect":"Allow","Principal":{"Service":["lambda.amazonaws.com","ec2.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"""));
        Assert.Empty(RoleTrust.Services("not json"));
        Assert.Empty(RoleTrust.Services(null));
    }
}
