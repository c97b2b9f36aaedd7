using System.Diagnostics.Metrics;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// What one console process has: its own in-process cache tier and Redis connection, and the cached
/// compute service over a counter of the cloud calls that get through. Two of these are two processes.
/// </summary>
public sealed class CacheProcess : IDisposable
{
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ConnectionMultiplexer? _redis;

    internal CacheProcess(CloudConnection connection, RedisServer? redis, int maxChunkBytes = 1024 * 1024)
    {
        var options = Options.Create(new CacheOptions { MaxChunkBytes = maxChunkBytes, RedisTimeoutMilliseconds = 1000 });
        if (redis is not null)
        {
            _redis = ConnectionMultiplexer.Connect(redis.ConnectionString);
            Store = new RedisCacheStore(_redis, options);
        }

        Cache = new SharedCache(options, new CacheMetrics(_metrics.GetRequiredService<IMeterFactory>()), NullLogger<SharedCache>.Instance, Store);
        (var counted, Counter) = CountingCompute.Wrap(Ec2.Over(connection));
        Compute = Ec2.Cached(counted, Cache, connection);
    }

    public SharedCache Cache { get; }

    public RedisCacheStore? Store { get; }

    public IDatabase Redis => _redis!.GetDatabase();

    public CountingCompute Counter { get; }

    public IAllCompute Compute { get; }

    public int DescribeImagesCalls => Counter.Calls(nameof(IAllCompute.DescribeImagesAsync));

    public void Dispose()
    {
        Cache.Dispose();
        _redis?.Dispose();
        _metrics.Dispose();
    }
}
