using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Stacks;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Stacks;

public sealed class StackServiceTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string Template = """
        AWSTemplateFormatVersion: '2010-09-09'
        Description: Two security groups, one named by a parameter
        Parameters:
          GroupDescription:
            Type: String
            Default: first description
          Tier:
            Type: String
            Default: web
        Resources:
          TierGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Ref GroupDescription
              Tags:
                - Key: Tier
                  Value: !Ref Tier
        Outputs:
          GroupId:
            Description: The tier's group
            Value: !Ref TierGroup
        """;

    [Fact]
    public async Task A_stack_is_created_with_parameters_and_shows_outputs_resources_and_events()
    {
        var name = CloudFixture.Unique("stack");

        var id = await cloud.Stacks.CreateStackAsync(StackSpec.FromBody(name, Template, new Dictionary<string, string> { ["Tier"] = "app" }), None);

        var stack = Assert.Single(await cloud.Stacks.DescribeStacksAsync(None, name));
        Assert.Equal(id, stack.Id);
        Assert.Equal("CREATE_COMPLETE", stack.Status);
        Assert.Contains(new EucaConsole.Domain.Stacks.StackParameter("Tier", "app"), stack.Parameters);
        var output = Assert.Single(stack.Outputs);
        Assert.StartsWith("sg-", output.Value, StringComparison.Ordinal);
        var resource = Assert.Single(await cloud.Stacks.ListStackResourcesAsync(name, None));
        Assert.Equal(("TierGroup", "AWS::EC2::SecurityGroup", output.Value), (resource.LogicalId, resource.Type, resource.PhysicalId));
        Assert.Contains(await cloud.Stacks.DescribeStackEventsAsync(name, None), e => e.LogicalId == name && e.Status == "CREATE_COMPLETE");
    }

    [Fact]
    public async Task An_update_changes_the_given_parameter_and_keeps_the_others()
    {
        var name = CloudFixture.Unique("update");
        await cloud.Stacks.CreateStackAsync(StackSpec.FromBody(name, Template, new Dictionary<string, string> { ["Tier"] = "app", ["GroupDescription"] = "kept" }), None);

        await cloud.Stacks.UpdateStackParametersAsync(name, new Dictionary<string, string> { ["Tier"] = "data" }, None);

        var stack = Assert.Single(await cloud.Stacks.DescribeStacksAsync(None, name));
        Assert.Contains(new EucaConsole.Domain.Stacks.StackParameter("Tier", "data"), stack.Parameters);
        Assert.Contains(new EucaConsole.Domain.Stacks.StackParameter("GroupDescription", "kept"), stack.Parameters);
    }

    [Fact]
    public async Task An_update_works_when_the_other_parameters_were_left_at_their_defaults()
    {
        // moto 5.2.1 fails UsePreviousValue on a parameter that was never given; the update says it the portable way.
        var name = CloudFixture.Unique("defaults");
        await cloud.Stacks.CreateStackAsync(StackSpec.FromBody(name, Template, new Dictionary<string, string> { ["Tier"] = "app" }), None);

        await cloud.Stacks.UpdateStackParametersAsync(name, new Dictionary<string, string> { ["Tier"] = "data" }, None);

        var stack = Assert.Single(await cloud.Stacks.DescribeStacksAsync(None, name));
        Assert.Contains(new EucaConsole.Domain.Stacks.StackParameter("Tier", "data"), stack.Parameters);
        Assert.Contains(new EucaConsole.Domain.Stacks.StackParameter("GroupDescription", "first description"), stack.Parameters);
        Assert.Equal("UPDATE_COMPLETE", stack.Status);
    }

    [Fact]
    public async Task The_template_is_read_back_with_its_parameter_declarations()
    {
        var name = CloudFixture.Unique("template");
        await cloud.Stacks.CreateStackAsync(StackSpec.FromBody(name, Template, new Dictionary<string, string>()), None);

        var declared = EucaConsole.Domain.Stacks.TemplateParameters.Read(await cloud.Stacks.GetTemplateBodyAsync(name, None));

        Assert.Equal(["GroupDescription", "Tier"], declared.Select(p => p.Key));
        Assert.Equal("web", declared[1].Default);
    }

    [Fact]
    public async Task A_stack_is_deleted()
    {
        var name = CloudFixture.Unique("delete");
        await cloud.Stacks.CreateStackAsync(StackSpec.FromBody(name, Template, new Dictionary<string, string>()), None);

        await cloud.Stacks.DeleteStackAsync(name, None);

        Assert.DoesNotContain(await cloud.Stacks.DescribeStacksAsync(None), s => s.Name == name);
    }

    [Fact]
    public async Task A_stack_making_a_named_role_is_created_with_the_capabilities_it_needs_and_its_tags_and_found_by_id_once_deleted()
    {
        var name = CloudFixture.Unique("iam");
        const string iamTemplate = """
            Resources:
              Role:
                Type: AWS::IAM::Role
                Properties:
                  RoleName: stack-made-role
                  AssumeRolePolicyDocument: {"Version": "2012-10-17", "Statement": []}
            """;
        var spec = StackSpec.FromBody(name, iamTemplate, new Dictionary<string, string>()) with { Tags = [new EucaConsole.Domain.Compute.Tag("team", "web")] };

        Assert.Equal(["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"], spec.Capabilities);
        var id = await cloud.Stacks.CreateStackAsync(spec, None);
        Assert.Equal("CREATE_COMPLETE", (await cloud.Stacks.DescribeStacksAsync(None, name))[0].Status);

        await cloud.Stacks.DeleteStackAsync(name, None);
        Assert.Equal("DELETE_COMPLETE", (await cloud.Stacks.DescribeStacksAsync(None, id))[0].Status);
        Assert.Contains(await cloud.Stacks.DescribeStackEventsAsync(id, None), e => e.Status == "DELETE_COMPLETE");
    }

    [Fact]
    public async Task An_unknown_stack_is_the_clouds_validation_error()
    {
        var error = await Assert.ThrowsAsync<CloudException>(() => cloud.Stacks.DescribeStacksAsync(None, "no-such-stack"));

        Assert.Equal(CloudService.CloudFormation, error.Service);
        Assert.Equal("ValidationError", error.Code);
        Assert.Contains("no-such-stack", error.Message, StringComparison.Ordinal);
    }
}
