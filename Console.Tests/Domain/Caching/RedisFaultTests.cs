using System.Buffers.Binary;
using System.Diagnostics.Metrics;
using EucaConsole.Domain.Caching;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Tests.Domain.Caching;

/// <summary>What Redis can throw at the cache — a lying chunk header, a slow server at start — is a miss or a wait, never a crash.</summary>
public sealed class RedisFaultTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        await _metrics.DisposeAsync();
    }

    private SharedCache Cache(IConnectionMultiplexer connection) =>
        new(Options.Create(new CacheOptions { RedisTimeoutMilliseconds = 1000 }), new CacheMetrics(_metrics.GetRequiredService<IMeterFactory>()),
            NullLogger<SharedCache>.Instance, new RedisCacheStore(connection, Options.Create(new CacheOptions())));

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public async Task A_chunk_header_claiming_an_impossible_count_is_a_miss_and_is_replaced(int claimed)
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        using var cache = Cache(connection);
        var key = CacheKey.For("images", new CacheScope("scope"), "lying-header");
        var head = new byte[1 + 4 + 16];
        head[0] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(head.AsSpan(1, 4), claimed);
        await connection.GetDatabase().StringSetAsync(key.Value, head);
        await Assert.ThrowsAsync<CacheCorruptException>(() => new RedisCacheStore(connection, Options.Create(new CacheOptions())).GetAsync(key.Value));
        var calls = 0;

        var value = await cache.GetOrCreateAsync(key, CacheRegion.DefaultTerm,
            _ => { calls++; return Task.FromResult<IReadOnlyList<string>>(["from the cloud"]); }, CancellationToken.None);

        Assert.Equal(["from the cloud"], value);
        Assert.Equal(1, calls);
        byte[]? replaced = await connection.GetDatabase().StringGetAsync(key.Value);
        Assert.NotNull(replaced);
        Assert.Equal(0, replaced[0]);
    }

    [Fact]
    public async Task A_redis_too_slow_to_answer_subscribe_at_start_neither_fails_the_cache_nor_loses_invalidations_after()
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString + ",syncTimeout=500,asyncTimeout=500");
        using var admin = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString + ",allowAdmin=true,syncTimeout=5000,asyncTimeout=5000");
        var sleeping = admin.GetServer($"127.0.0.1:{_redis.Port}").ExecuteAsync("DEBUG", "SLEEP", "2");
        await Task.Delay(100);

        using var cache = Cache(connection);
        await sleeping;

        var key = CacheKey.For("images", new CacheScope("scope"), "after-the-sleep");
        await cache.GetOrCreateAsync(key, CacheRegion.DefaultTerm, _ => Task.FromResult<IReadOnlyList<string>>(["cached"]), CancellationToken.None);
        Assert.True(cache.TryGetLocal<IReadOnlyList<string>>(key, out _));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (cache.TryGetLocal<IReadOnlyList<string>>(key, out _) && DateTime.UtcNow < deadline)
        {
            await connection.GetSubscriber().PublishAsync(RedisChannel.Literal("euca:cache:invalidate"), key.Value);
            await Task.Delay(200);
        }

        Assert.False(cache.TryGetLocal<IReadOnlyList<string>>(key, out _), "the invalidation never arrived: the subscription was lost");
    }

    [Fact]
    public async Task A_value_that_decodes_but_lacks_required_fields_is_a_miss_and_is_replaced()
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        using var cache = Cache(connection);
        var key = CacheKey.For("images", new CacheScope("scope"), "null-fields");
        var whole = new EucaConsole.Domain.Compute.Image("ami-00000001", "web", null, "123456789012", null, "linux", "x86_64", "ebs", "/dev/xvda",
            "available", false, "machine", "hvm", null, [], []);
        IReadOnlyList<EucaConsole.Domain.Compute.Image> broken = [whole, whole with { Id = null! }, whole with { Tags = null! }];
        await new RedisCacheStore(connection, Options.Create(new CacheOptions())).SetAsync(key.Value, CacheCodec.Encode(broken), TimeSpan.FromMinutes(5));
        var calls = 0;

        var value = await cache.GetOrCreateAsync(key, CacheRegion.DefaultTerm,
            _ => { calls++; return Task.FromResult<IReadOnlyList<EucaConsole.Domain.Compute.Image>>([whole]); }, CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.Equal(whole, Assert.Single(value));
        Assert.Equal("item 1: Image.Id is missing", EucaConsole.Domain.Caching.DecodedValueCheck.Problem(broken));
    }
}
