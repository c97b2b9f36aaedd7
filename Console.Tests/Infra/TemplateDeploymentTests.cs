using System.Text.Json;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Infra;

/// <summary>
/// infra/: the template passes cfn-lint, deploy.sh deploys it on moto_server and prints the URL, scale.sh
/// changes the group's size and the instances follow, and re-running deploy.sh updates the stack.
/// </summary>
public sealed class TemplateDeploymentTests : IAsyncLifetime
{
    private readonly MotoServer _moto = new();

    public Task InitializeAsync() => _moto.InitializeAsync();

    public Task DisposeAsync() => _moto.DisposeAsync();

    private Dictionary<string, string> Environment => new()
    {
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_ENDPOINT_URL"] = _moto.Endpoint.ToString().TrimEnd('/'),
        ["AWS_CONFIG_FILE"] = "/dev/null",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
    };

    private async Task<JsonElement> AwsAsync(params string[] arguments)
    {
        var result = await ScriptRunner.RunAsync("aws", [.. arguments, "--endpoint-url", _moto.Endpoint.ToString().TrimEnd('/'), "--output", "json"], Environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement;
    }

    private async Task<(int Desired, int Max, int Instances, string[] Balancers)> GroupAsync()
    {
        var groups = (await AwsAsync("autoscaling", "describe-auto-scaling-groups")).GetProperty("AutoScalingGroups");
        var group = Assert.Single(groups.EnumerateArray());
        return (group.GetProperty("DesiredCapacity").GetInt32(), group.GetProperty("MaxSize").GetInt32(), group.GetProperty("Instances").GetArrayLength(),
            [.. group.GetProperty("LoadBalancerNames").EnumerateArray().Select(n => n.GetString()!)]);
    }

    [Fact]
    public async Task The_template_has_no_cfn_lint_errors()
    {
        var result = await ScriptRunner.RunAsync("cfn-lint", ["infra/template.yaml"]);

        // cfn-lint's exit code is a bit set: 2 errors, 4 warnings, 8 informational. The kept warnings are explained in docs/deployment.md.
        Assert.True((result.ExitCode & 2) == 0, result.ToString());
        Assert.DoesNotContain("\nE", "\n" + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_prints_the_url_and_scale_3_makes_three_instances_behind_the_balancer()
    {
        var image = (await AwsAsync("ec2", "describe-images", "--owners", "amazon")).GetProperty("Images")[0].GetProperty("ImageId").GetString()!;

        var deploy = await ScriptRunner.RunAsync("infra/deploy.sh",
            ["--image", image, "--release-url", "https://releases.example.com/eucaconsole.tar.gz", "--ssh-location", "203.0.113.0/24",
             "--cloud-host", "cloud.example.com", "--cert-cn", "console.example.com", "--cert-days", "30"], Environment);

        Assert.True(deploy.ExitCode == 0, deploy.ToString());
        var stack = (await AwsAsync("cloudformation", "describe-stacks", "--stack-name", "eucaconsole")).GetProperty("Stacks")[0];
        var url = stack.GetProperty("Outputs").EnumerateArray().Single(o => o.GetProperty("OutputKey").GetString() == "ConsoleURL").GetProperty("OutputValue").GetString();
        Assert.StartsWith("https://", url, StringComparison.Ordinal);
        Assert.Contains($"Console URL: {url}", deploy.Output, StringComparison.Ordinal);
        var (desired, max, instances, balancers) = await GroupAsync();
        Assert.Equal((1, 3, 1), (desired, max, instances));
        Assert.Single(balancers);
        var certificate = (await AwsAsync("iam", "get-server-certificate", "--server-certificate-name", "eucaconsole-cert")).GetProperty("ServerCertificate");
        Assert.Contains("BEGIN CERTIFICATE", certificate.GetProperty("CertificateBody").GetString(), StringComparison.Ordinal);

        var scale = await ScriptRunner.RunAsync("infra/scale.sh", ["3"], Environment);

        Assert.True(scale.ExitCode == 0, scale.ToString());
        Assert.Equal((3, 3, 3), ((await GroupAsync()).Desired, (await GroupAsync()).Max, (await GroupAsync()).Instances));

        var beyond = await ScriptRunner.RunAsync("infra/scale.sh", ["5"], Environment);

        Assert.True(beyond.ExitCode == 0, beyond.ToString());
        Assert.Contains("MaxSize raised to 5", beyond.Output, StringComparison.Ordinal);
        var after = await GroupAsync();
        Assert.Equal((5, 5, 5), (after.Desired, after.Max, after.Instances));

        var again = await ScriptRunner.RunAsync("infra/deploy.sh", [], Environment);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"Console URL: {url}", again.Output, StringComparison.Ordinal);
        Assert.Equal(5, (await GroupAsync()).Desired);
    }

    [Fact]
    public async Task The_console_port_is_open_only_to_the_balancers_group_and_ssh_only_to_ssh_location()
    {
        var image = (await AwsAsync("ec2", "describe-images", "--owners", "amazon")).GetProperty("Images")[0].GetProperty("ImageId").GetString()!;
        var deploy = await ScriptRunner.RunAsync("infra/deploy.sh",
            ["--stack-name", "rules", "--image", image, "--release-url", "https://releases.example.com/c.tar.gz", "--ssh-location", "198.51.100.7/32",
             "--cloud-host", "cloud.example.com"], Environment);
        Assert.True(deploy.ExitCode == 0, deploy.ToString());

        // moto lists the alarm and scaling policy it does not model without ids; only modelled resources are looked at.
        var resources = (await AwsAsync("cloudformation", "describe-stack-resources", "--stack-name", "rules")).GetProperty("StackResources").EnumerateArray()
            .Where(r => r.TryGetProperty("LogicalResourceId", out _) && r.TryGetProperty("PhysicalResourceId", out _))
            .ToDictionary(r => r.GetProperty("LogicalResourceId").GetString()!, r => r.GetProperty("PhysicalResourceId").GetString()!);
        var groups = (await AwsAsync("ec2", "describe-security-groups")).GetProperty("SecurityGroups").EnumerateArray().ToList();
        JsonElement Group(string logical) => groups.Single(g => g.GetProperty("GroupId").GetString() == resources[logical]
            || g.GetProperty("GroupName").GetString() == resources[logical]);
        var console = Group("ConsoleSecurityGroup").GetProperty("IpPermissions").EnumerateArray().ToList();
        var balancerGroupId = Group("BalancerSecurityGroup").GetProperty("GroupId").GetString();

        var web = console.Single(p => p.GetProperty("FromPort").GetInt32() == 8888);
        Assert.Equal(balancerGroupId, Assert.Single(web.GetProperty("UserIdGroupPairs").EnumerateArray()).GetProperty("GroupId").GetString());
        Assert.Empty(web.GetProperty("IpRanges").EnumerateArray());
        var ssh = console.Single(p => p.GetProperty("FromPort").GetInt32() == 22);
        Assert.Equal("198.51.100.7/32", Assert.Single(ssh.GetProperty("IpRanges").EnumerateArray()).GetProperty("CidrIp").GetString());
        Assert.Equal(2, console.Count);
    }

    [Fact]
    public async Task Deploy_without_the_required_values_says_which_is_missing_and_makes_nothing()
    {
        var result = await ScriptRunner.RunAsync("infra/deploy.sh", ["--image", "ami-12345678"], Environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--release-url is required", result.Errors, StringComparison.Ordinal);
        Assert.Empty((await AwsAsync("cloudformation", "describe-stacks")).GetProperty("Stacks").EnumerateArray());
    }

    [Fact]
    public async Task Scale_refuses_a_count_that_is_not_a_positive_number()
    {
        var result = await ScriptRunner.RunAsync("infra/scale.sh", ["many"], Environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("give the number of console instances", result.Errors, StringComparison.Ordinal);
    }
}
