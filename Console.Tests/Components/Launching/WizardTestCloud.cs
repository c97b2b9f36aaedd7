using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Domain.Scaling;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Components.Launching;

/// <summary>What the wizards read from the cloud, answered in memory for component tests.</summary>
public sealed class WizardTestCloud
{
    public static readonly Image Linux = new("ami-11111111", "web-base", "Debian for web", "123456789012", null, "linux", "x86_64", "ebs", "/dev/xvda",
        "available", false, "machine", "hvm", null, [], []);

    public static readonly Image Windows = new("ami-22222222", "win-base", "Windows Server", "123456789012", null, "windows", "x86_64", "ebs", "/dev/sda1",
        "available", false, "machine", "hvm", null, [], []);

    public WizardTestCloud()
    {
        (ComputeService, Compute) = AnsweringService.Create<IAllCompute>();
        (IdentityService, Identity) = AnsweringService.Create<IIdentityService>();
        (ScalingService, Scaling) = AnsweringService.Create<IScalingService>();
        (LoadBalancingService, LoadBalancing) = AnsweringService.Create<ILoadBalancingService>();

        Compute.Returns<IReadOnlyList<Image>>(nameof(IAllCompute.DescribeImagesAsync), [Linux, Windows])
            .Returns<IReadOnlyList<InstanceTypeInfo>>(nameof(IAllCompute.DescribeInstanceTypesAsync),
                [new("t3.micro", 2, 1024, ["x86_64"]), new("m1.small", 1, 1740, ["i386", "x86_64"]), new("a1.large", 2, 4096, ["arm64"])])
            .Returns<IReadOnlyList<AvailabilityZone>>(nameof(IAllCompute.DescribeAvailabilityZonesAsync),
                [new("us-east-1a", "available", "us-east-1"), new("us-east-1b", "available", "us-east-1")])
            .Returns<IReadOnlyList<KeyPair>>(nameof(IAllCompute.DescribeKeyPairsAsync), [new("ops", "aa:bb", "key-1")])
            .Returns<IReadOnlyList<SecurityGroup>>(nameof(IAllCompute.DescribeSecurityGroupsAsync),
                [new("sg-00000001", "default", "default group", "123456789012", null, [], [], [])]);
        Identity.Returns<IReadOnlyList<IamRole>>(nameof(IIdentityService.ListRolesAsync),
                [new("web", "AROA1", "arn:aws:iam::123456789012:role/web", "/", null, TrustPolicies.Ec2, null)])
            .Returns<IReadOnlyList<InstanceProfile>>(nameof(IIdentityService.ListInstanceProfilesForRoleAsync), []);
        LoadBalancing.Returns<IReadOnlyList<LoadBalancer>>(nameof(ILoadBalancingService.DescribeLoadBalancersAsync), []);
    }

    public IAllCompute ComputeService { get; }

    public AnsweringService<IAllCompute> Compute { get; }

    public IIdentityService IdentityService { get; }

    public AnsweringService<IIdentityService> Identity { get; }

    public IScalingService ScalingService { get; }

    public AnsweringService<IScalingService> Scaling { get; }

    public ILoadBalancingService LoadBalancingService { get; }

    public AnsweringService<ILoadBalancingService> LoadBalancing { get; }

    public static CloudException Error(string operation, string code, string message) =>
        new(CloudErrorKind.Service, CloudService.Compute, operation, new Uri("http://cloud.test/"), message, code, 400, "req-42");

    /// <summary>The signed-in cloud the wizards see (its dialect decides e.g. tags at create); AWS unless a test says.</summary>
    public CloudProfile Profile { get; set; } = CloudProfile.ForAwsRegion("us-east-1");

    public void Register(IServiceCollection services)
    {
        services.AddScoped<ICloudSessionSource>(_ => new TestSession(this));
        services.AddAllCompute(ComputeService);
        services.AddScoped(_ => IdentityService);
        services.AddScoped(_ => ScalingService);
        services.AddScoped(_ => LoadBalancingService);
    }

    private sealed class TestSession(WizardTestCloud cloud) : ICloudSessionSource
    {
        public Task<SignedInSession> GetSessionAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new SignedInSession(cloud.Profile, new CloudPrincipal("123456789012", "tester", null, null),
                new CloudCredentials("AKIDTEST", "test-secret", null, null)));
    }
}
