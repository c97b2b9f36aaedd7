using EucaConsole.Domain.Caching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EucaConsole.Server.Health;

/// <summary>
/// Which cache backs this process and whether its store answers. A Redis outage is Degraded, not
/// Unhealthy: reads fall back to the cloud and the console keeps working.
/// </summary>
public sealed class CacheReadinessCheck(SharedCache cache, CacheTotals totals) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["kind"] = cache.StoreName };
        foreach (var (name, total) in totals.Snapshot())
        {
            data[name] = total;
        }

        if (cache.StoreName == "memory")
        {
            return HealthCheckResult.Healthy("in-process memory (no Redis configured)", data);
        }

        bool answers;
        try
        {
            answers = await cache.StoreAnswersAsync().WaitAsync(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            answers = false;
        }

        return answers
            ? HealthCheckResult.Healthy("Redis answers", data)
            : HealthCheckResult.Degraded("Redis does not answer; lists come from the cloud", data: data);
    }
}
