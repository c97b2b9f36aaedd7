using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// The session stores' cache when Redis is configured: Redis, so every console process finds a session,
/// with a copy in this process, so that Redis being down or restarted empty is not the end of anyone's
/// session. Reads go to Redis; when it cannot answer, the local copy answers. When Redis answers "no
/// such key" but this process holds one, the miss stands (signed out or expired elsewhere) unless
/// Redis lost its data meanwhile (its epoch key changed): then the copy is written back. Removals
/// that could not reach Redis are retried before the next call that reaches it.
/// Behind a load balancer with sticky sessions (which Blazor Server needs anyway) a user's process holds
/// that user's copy.
/// </summary>
public sealed partial class ResilientSessionCache(IDistributedCache redis, IConnectionMultiplexer multiplexer, TimeProvider time,
    ILogger<ResilientSessionCache> logger) : IDistributedCache, IDisposable
{
    private const string EpochKey = "euca:sessions-epoch";

    /// <summary>
    /// How long a copy of an entry read (not written) here is kept: Redis does not say when the entry
    /// expires. A ticket's own credentials and the idle timeout still end the session on time.
    /// </summary>
    private static readonly TimeSpan ReadCopyLifetime = TimeSpan.FromHours(12);

    private readonly MemoryCache _local = new(Options.Create(new MemoryCacheOptions()));
    private readonly ConcurrentDictionary<string, byte> _pendingRemovals = new(StringComparer.Ordinal);
    private static readonly TimeSpan EpochCheckInterval = TimeSpan.FromSeconds(30);

    private string? _epoch;
    private DateTimeOffset _epochReadAt;
    private long _lastWarningTicks;
    private volatile bool _inOutage;

    /// <summary>True while the last call to Redis failed: a missing entry then means "unknown", not "gone".</summary>
    public bool InOutage => _inOutage;

    // The session stores call only the asynchronous members: blocking a circuit's thread on Redis would
    // stall every user of the thread pool under load, so the synchronous ones are refused, not emulated.
    public byte[]? Get(string key) => throw SyncRefused();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        byte[]? stored;
        string? epoch = null;
        try
        {
            await FlushRemovalsAsync(token).ConfigureAwait(false);
            stored = await redis.GetAsync(key, token).ConfigureAwait(false);
            if (stored is not null)
            {
                epoch = await EpochAsync(fresh: false).ConfigureAwait(false);
            }

            Recovered();
        }
        catch (Exception error) when (IsOutage(error))
        {
            Outage(error);
            return _local.Get<LocalEntry>(key)?.Value;
        }

        if (stored is not null)
        {
            // Any process that served the session keeps a copy, so an outage finds it wherever the user is.
            var copy = _local.Get<LocalEntry>(key);
            if (copy is null || copy.Epoch != epoch || !copy.Value.AsSpan().SequenceEqual(stored))
            {
                var expires = copy?.Expires ?? time.GetUtcNow() + ReadCopyLifetime;
                _local.Set(key, new LocalEntry(stored, expires, epoch), expires);
            }

            return stored;
        }

        if (_local.Get<LocalEntry>(key) is not { } kept)
        {
            return null;
        }

        try
        {
            // The copy was good in its epoch. Redis in that same epoch without it: removed or expired
            // (by design); Redis in another epoch: it restarted and lost it, so the copy goes back.
            var current = await EpochAsync(fresh: true).ConfigureAwait(false);
            if (kept.Epoch == current)
            {
                _local.Remove(key);
                return null;
            }

            await redis.SetAsync(key, kept.Value, new DistributedCacheEntryOptions { AbsoluteExpiration = kept.Expires }, token).ConfigureAwait(false);
            _local.Set(key, kept with { Epoch = current }, kept.Expires);
            LogRestored(logger);
            return kept.Value;
        }
        catch (Exception error) when (IsOutage(error))
        {
            Outage(error);
            return kept.Value;
        }
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw SyncRefused();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var expires = options.AbsoluteExpiration
            ?? time.GetUtcNow() + (options.AbsoluteExpirationRelativeToNow ?? options.SlidingExpiration ?? TimeSpan.FromHours(12));
        // Written while Redis is down, a copy has no epoch: no other process can have removed it, so it goes back when Redis answers.
        _local.Set(key, new LocalEntry(value, expires, null), expires);
        _pendingRemovals.TryRemove(key, out _);
        try
        {
            await FlushRemovalsAsync(token).ConfigureAwait(false);
            await redis.SetAsync(key, value, new DistributedCacheEntryOptions { AbsoluteExpiration = expires }, token).ConfigureAwait(false);
            _local.Set(key, new LocalEntry(value, expires, await EpochAsync(fresh: true).ConfigureAwait(false)), expires);
            Recovered();
        }
        catch (Exception error) when (IsOutage(error))
        {
            Outage(error);
        }
    }

    public void Refresh(string key) => throw SyncRefused();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        try
        {
            await redis.RefreshAsync(key, token).ConfigureAwait(false);
        }
        catch (Exception error) when (IsOutage(error))
        {
            Outage(error);
        }
    }

    public void Remove(string key) => throw SyncRefused();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        _local.Remove(key);
        try
        {
            await redis.RemoveAsync(key, token).ConfigureAwait(false);
            Recovered();
        }
        catch (Exception error) when (IsOutage(error))
        {
            // A sign-out must reach every process: kept until Redis answers again.
            _pendingRemovals[key] = 0;
            Outage(error);
        }
    }

    private async Task FlushRemovalsAsync(CancellationToken token)
    {
        foreach (var key in _pendingRemovals.Keys)
        {
            await redis.RemoveAsync(key, token).ConfigureAwait(false);
            _pendingRemovals.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// Redis's epoch: a random value the first process writes under <see cref="EpochKey"/>; a Redis that
    /// restarted empty has a new one. Read from Redis when <paramref name="fresh"/> or when the last
    /// reading is older than <see cref="EpochCheckInterval"/>, so a copy made from a read is stamped
    /// with at most that much delay after a restart.
    /// </summary>
    private async Task<string> EpochAsync(bool fresh)
    {
        if (!fresh && _epoch is { } known && time.GetUtcNow() - _epochReadAt < EpochCheckInterval)
        {
            return known;
        }

        var database = multiplexer.GetDatabase();
        var current = (string?)await database.StringGetAsync(EpochKey).ConfigureAwait(false);
        if (current is null)
        {
            await database.StringSetAsync(EpochKey, Guid.NewGuid().ToString("N"), when: When.NotExists).ConfigureAwait(false);
            current = (string?)await database.StringGetAsync(EpochKey).ConfigureAwait(false) ?? throw new RedisException("The epoch key could not be read back.");
        }

        _epoch = current;
        _epochReadAt = time.GetUtcNow();
        return current;
    }

    private static bool IsOutage(Exception error) => error is RedisException or TimeoutException or ObjectDisposedException;

    private void Recovered()
    {
        if (_inOutage)
        {
            _inOutage = false;
            LogRecovered(logger);
        }
    }

    /// <summary>One warning a minute, not one per request.</summary>
    private void Outage(Exception error)
    {
        _inOutage = true;
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (now - last >= TimeSpan.TicksPerMinute && Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last)
        {
            LogOutage(logger, error.GetType().Name, error.Message);
        }
    }

    private static NotSupportedException SyncRefused() =>
        new("The session cache answers only asynchronously (GetAsync, SetAsync, RefreshAsync, RemoveAsync).");

    public void Dispose() => _local.Dispose();

    /// <param name="Epoch">Redis's epoch when this copy was known to match it; null when written while Redis was down.</param>
    private sealed record LocalEntry(byte[] Value, DateTimeOffset Expires, string? Epoch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session store (Redis) cannot be reached ({Kind}: {Reason}); sessions continue from this process's copies")]
    private static partial void LogOutage(ILogger logger, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The session store (Redis) answers again")]
    private static partial void LogRecovered(ILogger logger);

    // The key is not logged: it names a session.
    [LoggerMessage(Level = LogLevel.Information, Message = "Redis had lost a session entry; written back from this process's copy")]
    private static partial void LogRestored(ILogger logger);
}
