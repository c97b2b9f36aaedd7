namespace EucaConsole.Domain.Caching;

/// <summary>The <c>Cache</c> section. The Redis connection itself is <c>ConnectionStrings:Redis</c>.</summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    public int ShortSeconds { get; set; } = 60;

    public int DefaultSeconds { get; set; } = 300;

    public int LongSeconds { get; set; } = 3600;

    public int ExtraLongSeconds { get; set; } = 43_200;

    /// <summary>
    /// Largest value stored under one Redis key; bigger values are split into chunks of this size
    /// (1 MiB by default, memcached's item limit, so the layout would also suit memcached).
    /// </summary>
    public int MaxChunkBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a Redis call may take before the cache gives up and asks the cloud.</summary>
    public int RedisTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>
    /// Bound of this process's in-memory tier, counted in list items (a list of 15,000 images counts
    /// 15,000). Past it, the least recently used lists are dropped and read again from Redis or the cloud.
    /// </summary>
    public long LocalSizeLimit { get; set; } = 1_000_000;

    /// <summary>How many (namespace, principal) pairs the invalidation bookkeeping keeps before pruning.</summary>
    public int RememberedScopesLimit { get; set; } = 10_000;

    public TimeSpan Lifetime(CacheRegion region) => TimeSpan.FromSeconds(region switch
    {
        CacheRegion.ShortTerm => ShortSeconds,
        CacheRegion.LongTerm => LongSeconds,
        CacheRegion.ExtraLongTerm => ExtraLongSeconds,
        _ => DefaultSeconds,
    });
}
