using EucaConsole.Domain.Cloud.Query;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Domain.Scaling;
using EucaConsole.Domain.Stacks;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Cloud.Query;

/// <summary>Every parameter our hand-written Query mapping sends is checked against botocore's model of the operation.</summary>
public sealed class RequestMappingTests
{
    private static void AssertMatchesModel(string service, string version, string operation, QueryParameters parameters)
    {
        using var model = BotocoreModels.Load(service, version);
        var problems = parameters.Select(p => BotocoreModels.Problem(model, operation, p.Key)).OfType<string>().ToList();
        Assert.Empty(problems);
        Assert.NotEmpty(parameters);
    }

    [Fact]
    public void Create_launch_configuration_uses_the_models_names_for_every_field()
    {
        var parameters = ScalingRequests.CreateLaunchConfiguration(new LaunchConfigurationSpec("lc", "ami-1", "t3.micro", "key", ["sg-1", "sg-2"],
            "echo", "arn:aws:iam::1:instance-profile/p", true, [new BlockDevice("/dev/sdb", "snap-1", 20, "gp3", true, null)]));

        Assert.Equal("lc", parameters["LaunchConfigurationName"]);
        Assert.Equal("sg-2", parameters["SecurityGroups.member.2"]);
        Assert.Equal("20", parameters["BlockDeviceMappings.member.1.Ebs.VolumeSize"]);
        Assert.Equal("true", parameters["InstanceMonitoring.Enabled"]);
        Assert.Equal("ZWNobw==", parameters["UserData"]);
        AssertMatchesModel("autoscaling", "2011-01-01", "CreateLaunchConfiguration", parameters);
    }

    [Fact]
    public void Create_auto_scaling_group_uses_the_models_names()
    {
        var parameters = ScalingRequests.CreateAutoScalingGroup(new ScalingGroupSpec("asg", "lc", 1, 2, 3, ["us-east-1a"], ["lb"], "ELB", 300,
            [new EucaConsole.Domain.Scaling.GroupTag("Name", "asg"), new EucaConsole.Domain.Scaling.GroupTag("team", "web", PropagateAtLaunch: false)],
            ["OldestInstance", "Default"]));

        Assert.Equal("us-east-1a", parameters["AvailabilityZones.member.1"]);
        Assert.Equal("lb", parameters["LoadBalancerNames.member.1"]);
        Assert.Equal("false", parameters["Tags.member.2.PropagateAtLaunch"]);
        Assert.Equal("OldestInstance", parameters["TerminationPolicies.member.1"]);
        Assert.Equal("true", parameters["Tags.member.1.PropagateAtLaunch"]);
        AssertMatchesModel("autoscaling", "2011-01-01", "CreateAutoScalingGroup", parameters);
    }

    [Fact]
    public void Update_group_and_put_policy_use_the_models_names()
    {
        AssertMatchesModel("autoscaling", "2011-01-01", "UpdateAutoScalingGroup", ScalingRequests.UpdateAutoScalingGroup("asg", 1, 2, 3));
        AssertMatchesModel("autoscaling", "2011-01-01", "PutScalingPolicy", ScalingRequests.PutScalingPolicy("asg", "out", "ChangeInCapacity", 1, 60));
    }

    [Fact]
    public void Load_balancer_listeners_are_listeners_member_n_with_the_models_fields()
    {
        var parameters = new QueryParameters().Add("LoadBalancerName", "lb")
            .AddListeners([new Listener("HTTP", 80, "HTTP", 8888), new Listener("HTTPS", 443, "HTTP", 8888, "arn:cert")])
            .AddList("AvailabilityZones", ["us-east-1a"]);

        Assert.Equal("HTTP", parameters["Listeners.member.1.Protocol"]);
        Assert.Equal("arn:cert", parameters["Listeners.member.2.SSLCertificateId"]);
        AssertMatchesModel("elb", "2012-06-01", "CreateLoadBalancer", parameters);
    }

    [Fact]
    public void Registering_instances_uses_instances_member_n_instance_id()
    {
        var parameters = new QueryParameters().Add("LoadBalancerName", "lb").AddInstances(["i-1", "i-2"]);

        Assert.Equal("i-2", parameters["Instances.member.2.InstanceId"]);
        AssertMatchesModel("elb", "2012-06-01", "RegisterInstancesWithLoadBalancer", parameters);
    }

    [Fact]
    public void Create_role_names_the_trust_policy_as_the_model_does()
    {
        var parameters = new QueryParameters().Add("RoleName", "r").Add("Path", "/").Add("Description", "d")
            .Add("AssumeRolePolicyDocument", EucaConsole.Domain.Identity.TrustPolicies.Ec2);

        AssertMatchesModel("iam", "2010-05-08", "CreateRole", parameters);
    }

    [Fact]
    public void Stack_create_and_update_use_the_models_names()
    {
        var create = StackRequests.CreateStack(new EucaConsole.Domain.Stacks.StackSpec("s", "{}", null, new Dictionary<string, string> { ["DesiredCapacity"] = "2" },
            ["CAPABILITY_IAM"], [new EucaConsole.Domain.Compute.Tag("team", "web")]));
        EucaConsole.Domain.Stacks.StackParameter[] current = [new("DesiredCapacity", "2"), new("KeyName", ""), new("Secret", "****"), new("MaxSize", "5")];
        var declared = EucaConsole.Domain.Stacks.TemplateParameters.Read("""
            Parameters:
              DesiredCapacity: {Type: Number, Default: 1}
              KeyName: {Type: String, Default: ""}
              Secret: {Type: String, NoEcho: true}
              MaxSize: {Type: Number, Default: 3}
            """);
        var update = StackRequests.UpdateStack("s", current, declared, new Dictionary<string, string> { ["DesiredCapacity"] = "3" });

        Assert.Equal("DesiredCapacity", create["Parameters.member.1.ParameterKey"]);
        Assert.Equal("3", update["Parameters.member.1.ParameterValue"]);
        // KeyName is at its default and is left out; the hidden one keeps its previous value; MaxSize is sent as it is.
        Assert.Equal("Secret", update["Parameters.member.2.ParameterKey"]);
        Assert.Equal("true", update["Parameters.member.2.UsePreviousValue"]);
        Assert.Equal(("MaxSize", "5"), (update["Parameters.member.3.ParameterKey"], update["Parameters.member.3.ParameterValue"]));
        Assert.Null(update["Parameters.member.4.ParameterKey"]);
        Assert.Equal("true", update["UsePreviousTemplate"]);
        AssertMatchesModel("cloudformation", "2010-05-15", "CreateStack", create);
        AssertMatchesModel("cloudformation", "2010-05-15", "UpdateStack", update);
    }

    [Fact]
    public void The_model_check_rejects_a_misspelled_name()
    {
        using var model = BotocoreModels.Load("elb", "2012-06-01");

        Assert.NotNull(BotocoreModels.Problem(model, "CreateLoadBalancer", "Listeners.member.1.Protocl"));
        Assert.NotNull(BotocoreModels.Problem(model, "CreateLoadBalancer", "Listeners.1.Protocol"));
        Assert.Null(BotocoreModels.Problem(model, "CreateLoadBalancer", "Listeners.member.1.Protocol"));
    }
}
