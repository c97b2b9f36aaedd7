using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// The shared store on Redis. A value up to <see cref="CacheOptions.MaxChunkBytes"/> is one key; a
/// bigger one is split: the key then holds a small header (chunk count and a random generation) and the
/// chunks live under <c>key:generation:N</c>, so readers never mix chunks of two writes. A missing chunk
/// reads as a miss. Nothing is ever dropped silently for being large (the memcached lesson).
/// </summary>
public sealed class RedisCacheStore(IConnectionMultiplexer redis, IOptions<CacheOptions> options) : ICacheStore
{
    private const byte Whole = 0;
    private const byte Chunked = 1;
    private static readonly RedisChannel InvalidationChannel = RedisChannel.Literal("euca:cache:invalidate");

    /// <summary>
    /// More chunks than any value the console stores could need (1 GiB at the default chunk size): a header
    /// claiming more, or fewer than two, is corrupt, and is never used to ask Redis for that many keys.
    /// </summary>
    public const int MaxChunks = 1024;

    public string Name => "redis";

    private IDatabase Database => redis.GetDatabase();

    public async Task<byte[]?> GetAsync(string key)
    {
        byte[]? head = await Database.StringGetAsync(key).ConfigureAwait(false);
        if (head is not { Length: > 0 })
        {
            return null;
        }

        if (head[0] == Whole)
        {
            return head[1..];
        }

        if (head[0] != Chunked || head.Length != 1 + 4 + 16)
        {
            throw new CacheCorruptException($"unknown layout {head[0]} under {key}");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(1, 4));
        if (count is < 2 or > MaxChunks)
        {
            throw new CacheCorruptException($"a chunk header under {key} claims {count} chunks");
        }

        var generation = Convert.ToHexStringLower(head.AsSpan(5, 16));
        var chunks = await Database.StringGetAsync([.. Enumerable.Range(0, count).Select(i => (RedisKey)ChunkKey(key, generation, i))])
            .ConfigureAwait(false);
        if (chunks.Any(c => c.IsNull))
        {
            return null;
        }

        var value = new byte[chunks.Sum(c => ((byte[])c!).Length)];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            var bytes = (byte[])chunk!;
            bytes.CopyTo(value, offset);
            offset += bytes.Length;
        }

        return value;
    }

    public async Task SetAsync(string key, byte[] value, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(value);
        var limit = Math.Max(1024, options.Value.MaxChunkBytes);
        if (value.Length + 1 <= limit)
        {
            byte[] whole = [Whole, .. value];
            await Database.StringSetAsync(key, whole, lifetime).ConfigureAwait(false);
            return;
        }

        var generation = RandomNumberGenerator.GetBytes(16);
        var generationText = Convert.ToHexStringLower(generation);
        var count = (value.Length + limit - 1) / limit;
        var writes = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var chunk = value.AsMemory(i * limit, Math.Min(limit, value.Length - (i * limit))).ToArray();
            // Chunks outlive the header a little, so a reader that got the header finds its chunks.
            writes.Add(Database.StringSetAsync(ChunkKey(key, generationText, i), chunk, lifetime + TimeSpan.FromSeconds(30)));
        }

        await Task.WhenAll(writes).ConfigureAwait(false);
        var head = new byte[1 + 4 + 16];
        head[0] = Chunked;
        BinaryPrimitives.WriteInt32LittleEndian(head.AsSpan(1, 4), count);
        generation.CopyTo(head, 5);
        await Database.StringSetAsync(key, head, lifetime).ConfigureAwait(false);
    }

    public Task RemoveAsync(string key) => Database.KeyDeleteAsync(key);

    public Task PublishInvalidationAsync(string key) => redis.GetSubscriber().PublishAsync(InvalidationChannel, key);

    /// <summary>
    /// Subscribes in the background and keeps trying (every second, and when the connection comes back)
    /// until it is subscribed: a Redis that is down, slow (SUBSCRIBE timing out) or restarting must never
    /// fail the caller — the cache's constructor, and with it a circuit.
    /// </summary>
    public void SubscribeInvalidations(Action<string> onInvalidated)
    {
        ArgumentNullException.ThrowIfNull(onInvalidated);
        var subscribed = 0;
        async Task SubscribeAsync()
        {
            while (Volatile.Read(ref subscribed) == 0)
            {
                try
                {
                    await redis.GetSubscriber().SubscribeAsync(InvalidationChannel, (_, message) =>
                    {
                        if (!message.IsNullOrEmpty)
                        {
                            onInvalidated(message.ToString());
                        }
                    }).ConfigureAwait(false);
                    Interlocked.Exchange(ref subscribed, 1);
                }
                catch (Exception error) when (error is RedisException or TimeoutException or ObjectDisposedException)
                {
                    if (error is ObjectDisposedException)
                    {
                        return;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
                }
            }
        }

        _ = Task.Run(SubscribeAsync);
    }

    public async Task<bool> PingAsync()
    {
        try
        {
            await Database.PingAsync().ConfigureAwait(false);
            return true;
        }
        catch (RedisException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static string ChunkKey(string key, string generation, int index) => $"{key}:{generation}:{index}";
}
