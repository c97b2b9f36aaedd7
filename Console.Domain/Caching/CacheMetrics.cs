using System.Diagnostics.Metrics;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// What operators can watch (meter <c>EucaConsole.Cache</c>): hits in process and in Redis, misses,
/// bytes stored, values split into chunks, corrupt values, and store failures.
/// </summary>
public sealed class CacheMetrics : IDisposable
{
    public const string MeterName = "EucaConsole.Cache";

    private readonly Meter _meter;

    public CacheMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        LocalHits = _meter.CreateCounter<long>("euca.cache.hits.local", description: "Values served from this process's memory");
        StoreHits = _meter.CreateCounter<long>("euca.cache.hits.store", description: "Values served from the shared store");
        Misses = _meter.CreateCounter<long>("euca.cache.misses", description: "Values fetched from the cloud");
        BytesStored = _meter.CreateHistogram<long>("euca.cache.stored.bytes", "By", "Compressed size of each stored value");
        Chunked = _meter.CreateCounter<long>("euca.cache.chunked", description: "Values larger than one store item, split into chunks");
        Corrupt = _meter.CreateCounter<long>("euca.cache.corrupt", description: "Stored values that did not decode (treated as misses)");
        StoreFailures = _meter.CreateCounter<long>("euca.cache.store.failures", description: "Shared store calls that failed or timed out");
    }

    public Counter<long> LocalHits { get; }

    public Counter<long> StoreHits { get; }

    public Counter<long> Misses { get; }

    public Histogram<long> BytesStored { get; }

    public Counter<long> Chunked { get; }

    public Counter<long> Corrupt { get; }

    public Counter<long> StoreFailures { get; }

    public void Dispose() => _meter.Dispose();
}
