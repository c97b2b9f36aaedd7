using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EucaConsole.Server.Health;

/// <summary>Which cache backs this process. Only the in-process cache exists so far; Redis comes with the shared cache.</summary>
public sealed class CacheReadinessCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy("in-process memory", new Dictionary<string, object> { ["kind"] = "memory" }));
}
