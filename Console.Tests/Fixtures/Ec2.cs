using System.Reflection;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Fixtures;

/// <summary>The domain's EC2 services as one <see cref="IAllCompute"/>: each call goes to the service of the interface that declares it.</summary>
public class Ec2 : DispatchProxy
{
    private readonly Dictionary<Type, object> _services = [];

    /// <summary>The real services over a connection, uncached.</summary>
    internal static IAllCompute Over(CloudConnection connection)
    {
        var calls = new Ec2Calls(connection);
        return Of(new InstanceService(calls), new ImageService(calls), new VolumeService(calls), new SecurityGroupService(calls),
            new KeyPairService(calls), new AddressService(calls), new ComputeBasicsService(calls, connection));
    }

    /// <summary>The services as the console registers them: images, zones, types and regions cached over <paramref name="inner"/>.</summary>
    internal static IAllCompute Cached(IAllCompute inner, SharedCache cache, CloudConnection connection)
    {
        var images = new ImageCache(cache, connection);
        return Of(inner, new CachedImageService(inner, images, connection), inner, inner, inner, inner, new CachedComputeBasics(inner, images, connection));
    }

    private static IAllCompute Of(IInstanceService instances, IImageService images, IVolumeService volumes, ISecurityGroupService groups,
        IKeyPairService keyPairs, IAddressService addresses, IComputeBasics basics)
    {
        var proxy = Create<IAllCompute, Ec2>();
        var router = (Ec2)(object)proxy;
        router._services[typeof(IInstanceService)] = instances;
        router._services[typeof(IImageService)] = images;
        router._services[typeof(IVolumeService)] = volumes;
        router._services[typeof(ISecurityGroupService)] = groups;
        router._services[typeof(IKeyPairService)] = keyPairs;
        router._services[typeof(IAddressService)] = addresses;
        router._services[typeof(IComputeBasics)] = basics;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        try
        {
            return targetMethod.Invoke(_services[targetMethod.DeclaringType!], args);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw error.InnerException;
        }
    }
}

public static class AllComputeRegistration
{
    /// <summary>Registers one double for every EC2 service interface the pages inject.</summary>
    public static IServiceCollection AddAllCompute(this IServiceCollection services, IAllCompute compute)
    {
        services.AddScoped<IInstanceService>(_ => compute);
        services.AddScoped<IImageService>(_ => compute);
        services.AddScoped<IVolumeService>(_ => compute);
        services.AddScoped<ISecurityGroupService>(_ => compute);
        services.AddScoped<IKeyPairService>(_ => compute);
        services.AddScoped<IAddressService>(_ => compute);
        services.AddScoped<IComputeBasics>(_ => compute);
        return services;
    }
}
