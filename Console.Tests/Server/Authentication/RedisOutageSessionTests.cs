using System.Text;
using EucaConsole.Server.Authentication;
using EucaConsole.Server.Security.KeyRing;
using EucaConsole.Tests.Fixtures;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Tests.Server.Authentication;

/// <summary>
/// Sessions and the key ring against a real redis-server that is killed and started again empty:
/// nothing a process held is lost, nothing signed out comes back, and processes keep one key ring.
/// </summary>
public sealed class RedisOutageSessionTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private readonly List<IDisposable> _owned = [];

    public Task InitializeAsync() => _redis.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        await _redis.DisposeAsync();
    }

    /// <summary>One console process's session cache, with its own connection (as separate processes have).</summary>
    private async Task<ResilientSessionCache> ProcessCacheAsync()
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        _owned.Add(multiplexer);
        var redisCache = new RedisCache(Options.Create(new RedisCacheOptions
        {
            ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(multiplexer),
            InstanceName = "euca:",
        }));
        var cache = new ResilientSessionCache(redisCache, multiplexer, TimeProvider.System, NullLogger<ResilientSessionCache>.Instance);
        _owned.Add(cache);
        return cache;
    }

    private static readonly DistributedCacheEntryOptions TenMinutes = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) };

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private async Task RestartEmptyAsync()
    {
        _redis.Kill();
        await _redis.StartAsync();
    }

    /// <summary>Whether Redis holds the ring again; a Redis just restarted may time out a first command: not yet.</summary>
    private static async Task<bool> KeyRingWrittenAsync(ConnectionMultiplexer redis)
    {
        try
        {
            return await redis.GetDatabase().KeyExistsAsync(RedisKeyRing.Key);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The value, once the read reached Redis (null while the process still answers from its outage copy).</summary>
    private static async Task<byte[]?> FromRedisAsync(ResilientSessionCache cache, string key)
    {
        var value = await cache.GetAsync(key);
        return cache.InOutage ? null : value;
    }

    private static async Task<byte[]?> EventuallyAsync(Func<Task<byte[]?>> read)
    {
        // The client reconnects on its own after Redis comes back; give it the time it takes.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await read() is { } value)
            {
                return value;
            }

            await Task.Delay(200);
        }

        return null;
    }

    [Fact]
    public async Task With_redis_down_a_session_is_read_written_and_removed_from_the_process_copy_and_says_it_is_in_an_outage()
    {
        var cache = await ProcessCacheAsync();
        await cache.SetAsync("ticket-a", Bytes("alice"), TenMinutes);
        _redis.Kill();

        Assert.Equal("alice", Encoding.UTF8.GetString((await cache.GetAsync("ticket-a"))!));
        Assert.True(cache.InOutage);
        await cache.SetAsync("ticket-b", Bytes("bob"), TenMinutes);
        Assert.Equal("bob", Encoding.UTF8.GetString((await cache.GetAsync("ticket-b"))!));
        await cache.RemoveAsync("ticket-a");
        Assert.Null(await cache.GetAsync("ticket-a"));
    }

    [Fact]
    public async Task After_redis_restarts_empty_each_process_writes_its_sessions_back_and_the_others_then_find_them()
    {
        var first = await ProcessCacheAsync();
        var second = await ProcessCacheAsync();
        await first.SetAsync("ticket-a", Bytes("alice"), TenMinutes);
        await first.SetAsync("activity-a", Bytes("now"), TenMinutes);
        await second.SetAsync("ticket-b", Bytes("bob"), TenMinutes);
        Assert.Equal("bob", Encoding.UTF8.GetString((await first.GetAsync("ticket-b"))!));

        await RestartEmptyAsync();

        // Answered by Redis, not by the copy an outage falls back to while Redis is still coming up.
        Assert.Equal("alice", Encoding.UTF8.GetString((await EventuallyAsync(() => FromRedisAsync(first, "ticket-a")))!));
        // Not only the first entry a process meets after the restart: each copy knows the epoch it belongs to.
        Assert.Equal("now", Encoding.UTF8.GetString((await first.GetAsync("activity-a"))!));
        Assert.Equal("bob", Encoding.UTF8.GetString((await EventuallyAsync(() => FromRedisAsync(second, "ticket-b")))!));
        // Written back to Redis: a third process (which never held them) reads both.
        var third = await ProcessCacheAsync();
        Assert.Equal("alice", Encoding.UTF8.GetString((await third.GetAsync("ticket-a"))!));
        Assert.Equal("bob", Encoding.UTF8.GetString((await third.GetAsync("ticket-b"))!));
        Assert.False(first.InOutage);
    }

    [Fact]
    public async Task A_process_that_only_read_a_session_keeps_it_across_a_redis_restart()
    {
        var signedInHere = await ProcessCacheAsync();
        var readThere = await ProcessCacheAsync();
        await signedInHere.SetAsync("ticket-a", Bytes("alice"), TenMinutes);
        Assert.NotNull(await readThere.GetAsync("ticket-a"));

        await RestartEmptyAsync();

        Assert.Equal("alice", Encoding.UTF8.GetString((await EventuallyAsync(() => readThere.GetAsync("ticket-a")))!));
    }

    [Fact]
    public async Task A_session_removed_by_another_process_is_not_brought_back_by_a_process_that_still_holds_a_copy()
    {
        var first = await ProcessCacheAsync();
        var second = await ProcessCacheAsync();
        await first.SetAsync("ticket-a", Bytes("alice"), TenMinutes);
        Assert.NotNull(await second.GetAsync("ticket-a"));

        await second.RemoveAsync("ticket-a");

        Assert.Null(await first.GetAsync("ticket-a"));
        Assert.Null(await second.GetAsync("ticket-a"));
    }

    [Fact]
    public async Task A_sign_out_that_could_not_reach_redis_reaches_it_on_the_next_call_so_no_other_process_keeps_the_session()
    {
        var first = await ProcessCacheAsync();
        var second = await ProcessCacheAsync();
        await first.SetAsync("ticket-a", Bytes("alice"), TenMinutes);
        Assert.NotNull(await second.GetAsync("ticket-a"));

        // Redis stalls for longer than the client waits (a blip, not a restart: it keeps its data).
        var admin = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString + ",allowAdmin=true");
        _owned.Add(admin);
        var stall = admin.GetDatabase().ExecuteAsync("DEBUG", "SLEEP", "3");
        await Task.Delay(200);
        await first.RemoveAsync("ticket-a");
        Assert.True(first.InOutage);
        try
        {
            await stall;
        }
        catch (RedisTimeoutException)
        {
            // The admin connection gave up waiting too; the sleep still ran.
        }

        await EventuallyAsync(async () => await first.GetAsync("anything") ?? (first.InOutage ? null : []));
        Assert.Null(await second.GetAsync("ticket-a"));
    }

    [Fact]
    public async Task Processes_keep_one_key_ring_across_a_redis_restart_so_a_new_process_reads_cookies_made_before_it()
    {
        IDataProtector Process(out ServiceProvider provider)
        {
            var multiplexer = ConnectionMultiplexer.Connect(_redis.ConnectionString);
            _owned.Add(multiplexer);
            var services = new ServiceCollection().AddLogging();
            services.AddDataProtection().SetApplicationName("EucaConsole").PersistToRedis(multiplexer);
            provider = services.BuildServiceProvider();
            _owned.Add(provider);
            return provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        }

        var first = Process(out var firstProvider);
        var cookie = first.Protect("signed in");
        Assert.Equal("signed in", Process(out _).Unprotect(cookie));

        await RestartEmptyAsync();
        // The first process reads its ring again (as it does daily, or on meeting a key it does not know) and writes its keys back.
        var repository = firstProvider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
        Assert.IsType<RememberingXmlRepository>(repository);
        var check = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        _owned.Add(check);
        for (var attempt = 0; attempt < 50 && !await KeyRingWrittenAsync(check); attempt++)
        {
            Assert.NotEmpty(repository!.GetAllElements());
            await Task.Delay(200);
        }

        Assert.Equal("signed in", Process(out _).Unprotect(cookie));
    }

    [Fact]
    public async Task The_synchronous_members_are_refused_rather_than_blocking_a_thread_on_redis()
    {
        var cache = await ProcessCacheAsync();

        Assert.Throws<NotSupportedException>(() => cache.Get("ticket-a"));
        Assert.Throws<NotSupportedException>(() => cache.Set("ticket-a", Bytes("alice"), TenMinutes));
        Assert.Throws<NotSupportedException>(() => cache.Remove("ticket-a"));
    }
}
