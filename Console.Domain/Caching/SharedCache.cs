using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// The console's cache. Two tiers: this process's memory (each list exists once, immutable, shared by
/// every circuit that shows it) and, when configured, Redis shared by all console processes. Concurrent
/// requests for a cold key make one cloud call. A store failure or timeout never fails a read: the
/// value comes from the cloud and the failure is logged once until the store answers again.
/// </summary>
public sealed partial class SharedCache : IDisposable
{
    private readonly MemoryCache _local;
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _inflight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Namespace, CacheScope Scope), ConcurrentDictionary<string, CacheKey>> _remembered = new();
    private readonly ConcurrentDictionary<(string Namespace, CacheScope Group), ConcurrentDictionary<string, CacheKey>> _groups = new();
    private readonly TimeProvider _time;
    private readonly ICacheStore? _store;
    private readonly IOptions<CacheOptions> _options;
    private readonly CacheMetrics _metrics;
    private readonly ILogger<SharedCache> _logger;
    private int _storeDown;

    /// <summary>Messages on the invalidation channel that name a group (all principals of an account) rather than one key.</summary>
    private const string GroupMessagePrefix = "group:";

    public SharedCache(IOptions<CacheOptions> options, CacheMetrics metrics, ILogger<SharedCache> logger, ICacheStore? store = null,
        TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _local = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.LocalSizeLimit) });
        _metrics = metrics;
        _logger = logger;
        _store = store;
        _store?.SubscribeInvalidations(OnInvalidationMessage);
    }

    /// <summary>"redis" or "memory": what backs the cache, for the readiness report.</summary>
    public string StoreName => _store?.Name ?? "memory";

    public Task<bool> StoreAnswersAsync() => _store?.PingAsync() ?? Task.FromResult(true);

    /// <summary>The in-process copy, if there is one. No cloud or store call, no allocation.</summary>
    public bool TryGetLocal<T>(CacheKey key, [MaybeNullWhen(false)] out T value)
        where T : class
    {
        if (_local.TryGetValue(key.Value, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }

        value = null;
        return false;
    }

    public ValueTask<T> GetOrCreateAsync<T>(CacheKey key, CacheRegion region, Func<CancellationToken, Task<T>> factory,
        CancellationToken cancellationToken)
        where T : class
    {
        if (TryGetLocal<T>(key, out var hit))
        {
            _metrics.LocalHits.Add(1);
            return ValueTask.FromResult(hit);
        }

        return new ValueTask<T>(LoadOnceAsync(key, region, factory, cancellationToken));
    }

    /// <summary>Drops a value everywhere: this process, the store, and (by message) every other process.</summary>
    public async Task InvalidateAsync(CacheKey key)
    {
        _local.Remove(key.Value);
        _local.Remove(FetchedAtKey(key.Value));
        if (_store is null)
        {
            return;
        }

        try
        {
            await WithTimeout(_store.RemoveAsync(key.Value)).ConfigureAwait(false);
            await WithTimeout(_store.PublishInvalidationAsync(key.Value)).ConfigureAwait(false);
            StoreAnswered();
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            StoreFailed(error);
        }
    }

    /// <summary>
    /// Notes that <paramref name="key"/> was used for <paramref name="scope"/>, so a mutation can later
    /// invalidate every variant of a namespace this process has cached for that scope.
    /// </summary>
    /// <summary>
    /// Also files <paramref name="key"/> under a group (e.g. every principal of one account), so that a change
    /// one user makes reaches the copies cached for the others (<see cref="InvalidateGroupAsync"/>).
    /// </summary>
    public void RememberInGroup(CacheKey key, CacheScope group)
    {
        if (_groups.Count >= _options.Value.RememberedScopesLimit && !_groups.ContainsKey((key.Namespace, group)))
        {
            _groups.Clear();
        }

        _groups.GetOrAdd((key.Namespace, group), _ => new(StringComparer.Ordinal)).TryAdd(key.Value, key);
    }

    /// <summary>Drops every value of a namespace filed under a group, here and (by message) in every other process.</summary>
    public async Task InvalidateGroupAsync(string @namespace, CacheScope group)
    {
        await DropGroupAsync(@namespace, group.Value).ConfigureAwait(false);
        if (_store is null)
        {
            return;
        }

        try
        {
            await WithTimeout(_store.PublishInvalidationAsync($"{GroupMessagePrefix}{@namespace}|{group.Value}")).ConfigureAwait(false);
            StoreAnswered();
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            StoreFailed(error);
        }
    }

    /// <summary>When the value under <paramref name="key"/> was read from the cloud, if this process knows.</summary>
    public DateTimeOffset? FetchedAt(CacheKey key) =>
        _local.TryGetValue(FetchedAtKey(key.Value), out var at) && at is DateTimeOffset fetched ? fetched : null;

    private static string FetchedAtKey(string key) => key + "#fetched-at";

    private void OnInvalidationMessage(string message)
    {
        if (message.StartsWith(GroupMessagePrefix, StringComparison.Ordinal) && message.IndexOf('|', StringComparison.Ordinal) is var bar and > 0)
        {
            _ = DropGroupAsync(message[GroupMessagePrefix.Length..bar], message[(bar + 1)..]);
            return;
        }

        _local.Remove(message);
        _local.Remove(FetchedAtKey(message));
    }

    /// <summary>Removes this process's copies (and their stored values) of a group's keys; the caller tells the others.</summary>
    private async Task DropGroupAsync(string @namespace, string group)
    {
        if (!_groups.TryRemove((@namespace, new CacheScope(group)), out var keys))
        {
            return;
        }

        foreach (var key in keys.Keys)
        {
            _local.Remove(key);
            _local.Remove(FetchedAtKey(key));
            if (_store is null)
            {
                continue;
            }

            try
            {
                await WithTimeout(_store.RemoveAsync(key)).ConfigureAwait(false);
            }
            catch (Exception error) when (IsStoreFailure(error))
            {
                StoreFailed(error);
                return;
            }
        }
    }

    public void Remember(CacheKey key, CacheScope scope)
    {
        if (_remembered.Count >= _options.Value.RememberedScopesLimit && !_remembered.ContainsKey((key.Namespace, scope)))
        {
            PruneRemembered();
        }

        _remembered.GetOrAdd((key.Namespace, scope), _ => new(StringComparer.Ordinal)).TryAdd(key.Value, key);
    }

    /// <summary>
    /// Forgets keys this process no longer holds: bounded memory under many principals. A forgotten key
    /// can still sit in Redis until its lifetime ends, as a value cached by another process can.
    /// </summary>
    private void PruneRemembered()
    {
        foreach (var (scopeKey, keys) in _remembered)
        {
            foreach (var value in keys.Keys)
            {
                if (!_local.TryGetValue(value, out _))
                {
                    keys.TryRemove(value, out _);
                }
            }

            if (keys.IsEmpty)
            {
                _remembered.TryRemove(scopeKey, out _);
            }
        }
    }

    private void SetLocal<T>(CacheKey key, T value, TimeSpan lifetime, DateTimeOffset? fetched)
        where T : class
    {
        _local.Set(key.Value, value, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = lifetime,
            Size = value is System.Collections.ICollection list ? Math.Max(1, list.Count) : 1,
        });
        if (fetched is { } at)
        {
            _local.Set(FetchedAtKey(key.Value), (object)at, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 });
        }
    }

    /// <summary>When a value was read from the cloud travels with it in the store, so another process can say how old it is.</summary>
    private async Task StoreFetchTimeAsync(CacheKey key, DateTimeOffset fetched, TimeSpan lifetime)
    {
        if (_store is null)
        {
            return;
        }

        try
        {
            await WithTimeout(_store.SetAsync(FetchedAtKey(key.Value), BitConverter.GetBytes(fetched.ToUnixTimeMilliseconds()), lifetime))
                .ConfigureAwait(false);
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            StoreFailed(error);
        }
    }

    private async Task<DateTimeOffset?> StoredFetchTimeAsync(CacheKey key)
    {
        try
        {
            return await WithTimeout(_store!.GetAsync(FetchedAtKey(key.Value))).ConfigureAwait(false) is { Length: 8 } bytes
                ? DateTimeOffset.FromUnixTimeMilliseconds(BitConverter.ToInt64(bytes))
                : null;
        }
        catch (Exception error) when (IsStoreFailure(error) || error is CacheCorruptException)
        {
            return null;
        }
    }

    public IReadOnlyCollection<CacheKey> Remembered(string @namespace, CacheScope scope) =>
        _remembered.TryGetValue((@namespace, scope), out var keys) ? [.. keys.Values] : [];

    /// <summary>Invalidate by the same namespace, scope and arguments the value was cached under.</summary>
    public Task InvalidateAsync(string @namespace, CacheScope scope, params object?[] arguments) =>
        InvalidateAsync(CacheKey.For(@namespace, scope, arguments));

    private async Task<T> LoadOnceAsync<T>(CacheKey key, CacheRegion region, Func<CancellationToken, Task<T>> factory,
        CancellationToken cancellationToken)
        where T : class
    {
        // One load per key at a time; it runs to completion even if the first caller leaves, since
        // the others are waiting for it.
        var load = _inflight.GetOrAdd(key.Value, _ => new Lazy<Task<object>>(() => LoadAsync(key, region, factory)));
        return (T)await load.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<object> LoadAsync<T>(CacheKey key, CacheRegion region, Func<CancellationToken, Task<T>> factory)
        where T : class
    {
        try
        {
            var lifetime = _options.Value.Lifetime(region);
            if (await FromStoreAsync<T>(key).ConfigureAwait(false) is { } stored)
            {
                _metrics.StoreHits.Add(1);
                LogStoreHit(_logger, key.Namespace, key.Value);
                SetLocal(key, stored, lifetime, await StoredFetchTimeAsync(key).ConfigureAwait(false));
                return stored;
            }

            var value = await factory(CancellationToken.None).ConfigureAwait(false);
            // To the millisecond, as the store keeps it, so every process reports the same time.
            var fetched = DateTimeOffset.FromUnixTimeMilliseconds(_time.GetUtcNow().ToUnixTimeMilliseconds());
            _metrics.Misses.Add(1);
            SetLocal(key, value, lifetime, fetched);
            await ToStoreAsync(key, value, lifetime).ConfigureAwait(false);
            await StoreFetchTimeAsync(key, fetched, lifetime).ConfigureAwait(false);
            return value;
        }
        finally
        {
            _inflight.TryRemove(key.Value, out _);
        }
    }

    private async Task<T?> FromStoreAsync<T>(CacheKey key)
        where T : class
    {
        if (_store is null)
        {
            return null;
        }

        byte[]? bytes;
        try
        {
            bytes = await WithTimeout(_store.GetAsync(key.Value)).ConfigureAwait(false);
            StoreAnswered();
        }
        catch (CacheCorruptException error)
        {
            Corrupt(key, error);
            return null;
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            StoreFailed(error);
            return null;
        }

        if (bytes is null)
        {
            return null;
        }

        try
        {
            var decoded = CacheCodec.Decode<T>(bytes);
            // Decodes, but a record lacks what it must hold: as unusable as garbage.
            return DecodedValueCheck.Problem(decoded) is { } missing ? throw new CacheCorruptException(missing) : decoded;
        }
        catch (CacheCorruptException error)
        {
            Corrupt(key, error);
            return null;
        }
    }

    private async Task ToStoreAsync<T>(CacheKey key, T value, TimeSpan lifetime)
    {
        if (_store is null)
        {
            return;
        }

        var bytes = CacheCodec.Encode(value);
        _metrics.BytesStored.Record(bytes.Length);
        var chunks = (bytes.Length / Math.Max(1024, _options.Value.MaxChunkBytes)) + 1;
        if (chunks > 1)
        {
            _metrics.Chunked.Add(1);
        }

        try
        {
            await WithTimeout(_store.SetAsync(key.Value, bytes, lifetime), chunks).ConfigureAwait(false);
            StoreAnswered();
            LogStored(_logger, key.Namespace, key.Value, bytes.Length, chunks);
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            StoreFailed(error);
        }
    }

    private void Corrupt(CacheKey key, CacheCorruptException error)
    {
        _metrics.Corrupt.Add(1);
        LogCorrupt(_logger, key.Value, error.Message);
        _ = _store?.RemoveAsync(key.Value).ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
    }

    private async Task WithTimeout(Task call, int parts = 1) =>
        await call.WaitAsync(TimeSpan.FromMilliseconds(_options.Value.RedisTimeoutMilliseconds * parts)).ConfigureAwait(false);

    private async Task<TResult> WithTimeout<TResult>(Task<TResult> call) =>
        await call.WaitAsync(TimeSpan.FromMilliseconds(_options.Value.RedisTimeoutMilliseconds * 4)).ConfigureAwait(false);

    private static bool IsStoreFailure(Exception error) => error is RedisException or TimeoutException or ObjectDisposedException;

    private void StoreFailed(Exception error)
    {
        _metrics.StoreFailures.Add(1);
        if (Interlocked.Exchange(ref _storeDown, 1) == 0)
        {
            LogStoreDown(_logger, _store!.Name, error.Message);
        }
    }

    private void StoreAnswered()
    {
        if (Interlocked.Exchange(ref _storeDown, 0) == 1)
        {
            LogStoreBack(_logger, _store!.Name);
        }
    }

    public void Dispose() => _local.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache store {Store} failed ({Problem}); reading from the cloud until it answers again")]
    private static partial void LogStoreDown(ILogger logger, string store, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cache store {Store} answers again")]
    private static partial void LogStoreBack(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cached value under {Key} did not decode ({Problem}); treated as a miss and removed")]
    private static partial void LogCorrupt(ILogger logger, string key, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "cache {Namespace} hit in store: {Key}")]
    private static partial void LogStoreHit(ILogger logger, string @namespace, string key);

    [LoggerMessage(Level = LogLevel.Debug, Message = "cache {Namespace} miss, stored {Key}: {Bytes} bytes in {Chunks} chunk(s)")]
    private static partial void LogStored(ILogger logger, string @namespace, string key, int bytes, int chunks);
}
