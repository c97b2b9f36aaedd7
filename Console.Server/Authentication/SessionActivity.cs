using System.Buffers.Binary;
using EucaConsole.Server.Configuration;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// When each session was last used, kept server-side in the distributed cache so that every console
/// process agrees. A session is alive while its last use is within the idle timeout; sign-out removes
/// the entry, which also kills any copy of the cookie.
/// </summary>
public sealed class SessionActivity(IDistributedCache store, IOptions<ConsoleSessionOptions> options, TimeProvider time)
{
    /// <summary>Writes are skipped when the stored time is this fresh, so busy circuits do not hammer the store.</summary>
    public static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(30);

    private TimeSpan IdleTimeout => options.Value.IdleTimeout;

    public Task StartAsync(string sessionId, CancellationToken cancellationToken = default) =>
        WriteAsync(sessionId, time.GetUtcNow(), cancellationToken);

    /// <summary>True if the session is alive; records the use.</summary>
    public async Task<bool> TouchAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var last = await ReadAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (last is null)
        {
            // Nothing known because the store cannot be reached is not an expired session: it counts from now.
            if (StoreUnreachable)
            {
                await WriteAsync(sessionId, now, cancellationToken).ConfigureAwait(false);
                return true;
            }

            return false;
        }

        if (now - last.Value > IdleTimeout)
        {
            return false;
        }

        if (now - last.Value >= WriteInterval)
        {
            await WriteAsync(sessionId, now, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>True if the session is alive; does not count as a use.</summary>
    public async Task<bool> IsAliveAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var last = await ReadAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return last is null ? StoreUnreachable : time.GetUtcNow() - last.Value <= IdleTimeout;
    }

    public Task EndAsync(string sessionId, CancellationToken cancellationToken = default) =>
        store.RemoveAsync(Key(sessionId), cancellationToken);

    private async Task<DateTimeOffset?> ReadAsync(string sessionId, CancellationToken cancellationToken)
    {
        var bytes = await store.GetAsync(Key(sessionId), cancellationToken).ConfigureAwait(false);
        return bytes is { Length: 8 } ? DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(bytes)) : null;
    }

    private Task WriteAsync(string sessionId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, at.ToUnixTimeMilliseconds());
        // The entry outlives the idle timeout a little so the check above, not the store, decides.
        var entry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = IdleTimeout + WriteInterval + WriteInterval };
        return store.SetAsync(Key(sessionId), bytes, entry, cancellationToken);
    }

    private bool StoreUnreachable => store is ResilientSessionCache { InOutage: true };

    private static string Key(string sessionId) => "euca:session-activity:" + sessionId;
}
