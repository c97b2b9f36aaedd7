namespace EucaConsole.Domain.Caching;

/// <summary>The shared store behind the in-process cache (Redis). Failures surface as exceptions; the cache copes.</summary>
public interface ICacheStore
{
    /// <summary>Short name for logs and the readiness report.</summary>
    string Name { get; }

    Task<byte[]?> GetAsync(string key);

    Task SetAsync(string key, byte[] value, TimeSpan lifetime);

    Task RemoveAsync(string key);

    /// <summary>Tells every process to drop its in-process copy of <paramref name="key"/>.</summary>
    Task PublishInvalidationAsync(string key);

    /// <summary>Calls <paramref name="onInvalidated"/> when any process invalidates a key.</summary>
    void SubscribeInvalidations(Action<string> onInvalidated);

    Task<bool> PingAsync();
}
