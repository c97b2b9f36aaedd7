using EucaConsole.Domain.Caching;
using Microsoft.AspNetCore.DataProtection;
using EucaConsole.Server.Authentication;
using EucaConsole.Server.Security.KeyRing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Server.Hosting;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// With <c>ConnectionStrings:Redis</c>: the shared cache store, the session activity store and the
    /// Data Protection key ring all live in Redis, so several console processes act as one. Without it,
    /// everything stays in this process.
    /// </summary>
    public static IServiceCollection AddRedisWhenConfigured(this IServiceCollection services, IConfiguration configuration, IDataProtectionBuilder dataProtection)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(dataProtection);
        if (configuration.GetConnectionString("Redis") is not { Length: > 0 } connectionString)
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        var timeout = configuration.GetValue($"{CacheOptions.Section}:{nameof(CacheOptions.RedisTimeoutMilliseconds)}", 1000);
        var redisOptions = ConfigurationOptions.Parse(connectionString);
        // Start even when Redis is down, and reconnect by itself when it returns.
        redisOptions.AbortOnConnectFail = false;
        redisOptions.ConnectTimeout = Math.Max(timeout, 1000);
        redisOptions.SyncTimeout = timeout;
        redisOptions.AsyncTimeout = timeout;
        var multiplexer = ConnectionMultiplexer.Connect(redisOptions);
        services.AddSingleton<IConnectionMultiplexer>(multiplexer);
        services.AddSingleton<ICacheStore, RedisCacheStore>();
        // The session stores: Redis with a copy in this process, so a Redis outage or restart ends no session.
        services.AddSingleton<IDistributedCache>(provider => new ResilientSessionCache(
            new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(multiplexer),
                InstanceName = "euca:",
            })),
            multiplexer, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ResilientSessionCache>>()));
        dataProtection.PersistToRedis(multiplexer);
        return services;
    }
}
