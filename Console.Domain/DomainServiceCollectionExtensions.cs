using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Network;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Firewall;
using EucaConsole.Domain.Identity.Access;
using EucaConsole.Domain.Storage;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Roles;
using EucaConsole.Domain.Launching;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Domain.Scaling;
using EucaConsole.Domain.SignIn;
using EucaConsole.Domain.Stacks;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EucaConsole.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the domain's services. Cloud services are scoped (one signed-in user per circuit); the
    /// host provides <see cref="ICloudSessionSource"/> and the typed HttpClient for Eucalyptus sign-in.
    /// </summary>
    public static IServiceCollection AddConsoleDomain(this IServiceCollection services)
    {
        services.AddOptions<SignInOptions>();
        services.TryAddSingleton<TrustedEndpoints>();
        services.TryAddSingleton<EndpointPolicy>();
        services.TryAddSingleton<GuardedSdkHttpClientFactory>();
        services.TryAddSingleton<Amazon.Runtime.HttpClientFactory>(provider => provider.GetRequiredService<GuardedSdkHttpClientFactory>());
        services.TryAddSingleton<EucalyptusStyleMemory>();
        services.TryAddSingleton<EucaConsole.Domain.Caching.IdenticalLists>();
        services.AddSingleton(provider => new AwsSignIn(provider.GetRequiredService<IOptions<SignInOptions>>(),
            provider.GetRequiredService<ILogger<AwsSignIn>>(), provider.GetService<Amazon.Runtime.HttpClientFactory>()));
        services.AddSingleton(provider => new RegionSwitch(provider.GetRequiredService<IOptions<CloudAccessOptions>>(),
            provider.GetService<Amazon.Runtime.HttpClientFactory>()));
        services.AddOptions<CloudAccessOptions>();
        services.AddScoped<CloudConnection>();
        services.AddOptions<CacheOptions>();
        services.AddMetrics();
        services.TryAddSingleton<CacheMetrics>();
        services.TryAddSingleton(provider => new SharedCache(provider.GetRequiredService<IOptions<CacheOptions>>(),
            provider.GetRequiredService<CacheMetrics>(), provider.GetRequiredService<ILogger<SharedCache>>(), provider.GetService<ICacheStore>(),
            provider.GetService<TimeProvider>()));
        services.AddScoped<Ec2Calls>();
        services.AddScoped<ImageCache>();
        services.AddScoped<IInstanceService, InstanceService>();
        services.AddScoped<ImageService>();
        services.AddScoped<IImageService>(provider => new CachedImageService(provider.GetRequiredService<ImageService>(),
            provider.GetRequiredService<ImageCache>(), provider.GetRequiredService<CloudConnection>()));
        services.AddScoped<ComputeBasicsService>();
        services.AddScoped<IComputeBasics>(provider => new CachedComputeBasics(provider.GetRequiredService<ComputeBasicsService>(),
            provider.GetRequiredService<ImageCache>(), provider.GetRequiredService<CloudConnection>()));
        services.AddScoped<IVolumeService, VolumeService>();
        services.AddScoped<ISecurityGroupService, SecurityGroupService>();
        services.AddScoped<IKeyPairService, KeyPairService>();
        services.AddScoped<IVpcService, VpcService>();
        services.AddScoped<IAddressService, AddressService>();
        services.AddScoped<IScalingService, ScalingService>();
        services.AddScoped<ILoadBalancingService, LoadBalancingService>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IStackService, StackService>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IValidator<LaunchForm>, LaunchFormValidator>();
        services.AddSingleton<IValidator<LaunchConfigurationForm>, LaunchConfigurationFormValidator>();
        services.AddSingleton<IValidator<ScalingGroupForm>, ScalingGroupFormValidator>();
        services.AddSingleton<IValidator<NewKeyPairForm>, NewKeyPairFormValidator>();
        services.AddSingleton<IValidator<NewVpcForm>, NewVpcFormValidator>();
        services.AddSingleton<IValidator<NewSecurityGroupForm>, NewSecurityGroupFormValidator>();
        services.AddSingleton<IValidator<NewVolumeForm>, NewVolumeFormValidator>();
        services.AddSingleton<IValidator<RegisterImageForm>, RegisterImageFormValidator>();
        services.AddSingleton<IValidator<RuleDraft>, RuleDraftValidator>();
        services.AddScoped<RuleChangeApplier>();
        services.AddScoped<IamCalls>();
        services.AddScoped<IAccessService, AccessService>();
        services.AddScoped<PrincipalRemover>();
        services.AddScoped<UserCreator>();
        services.AddScoped<BalancerMaker>();
        services.AddScoped<EucaConsole.Domain.Monitoring.IMonitoringService, EucaConsole.Domain.Monitoring.MonitoringService>();
        services.AddSingleton<IValidator<BalancerForm>, BalancerFormValidator>();
        services.AddSingleton<IValidator<UserForm>, UserFormValidator>();
        services.AddSingleton<IValidator<RoleForm>, RoleFormValidator>();
        services.AddScoped<RoleInstanceProfiles>();
        services.AddScoped<InstanceLauncher>();
        services.AddScoped<LaunchConfigurationMaker>();
        services.AddScoped<ScalingGroupMaker>();
        services.AddScoped<RoleCreator>();
        services.AddScoped<RoleRemover>();
        return services;
    }
}
