using EucaConsole.Domain.Caching;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.StackExchangeRedis;
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
        services.AddStackExchangeRedisCache(options =>
        {
            options.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(multiplexer);
            options.InstanceName = "euca:";
        });
        dataProtection.PersistKeysToStackExchangeRedis(multiplexer, "euca:data-protection-keys");
        return services;
    }
}
