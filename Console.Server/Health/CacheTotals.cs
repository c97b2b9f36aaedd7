using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using EucaConsole.Domain.Caching;

namespace EucaConsole.Server.Health;

/// <summary>
/// Running totals of this process's cache counters (meter <c>EucaConsole.Cache</c>), for the readiness
/// report: operators (and the scale-out test) can see hits in memory and in Redis, and misses.
/// </summary>
public sealed class CacheTotals : IDisposable
{
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly MeterListener _listener = new();

    public CacheTotals(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CacheMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters) && instrument is Counter<long>)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        _listener.Start();
    }

    /// <summary>Counter name (e.g. <c>euca.cache.hits.store</c>) to total since the process started.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_totals, StringComparer.Ordinal);

    public void Dispose() => _listener.Dispose();
}
