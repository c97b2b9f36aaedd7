using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EucaConsole.Server.Health;

/// <summary>
/// Writes the readiness report as JSON: overall status, and (to those <see cref="ReadinessAccess"/> lets see
/// them) each check's status, text and data.
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        var configuration = context.RequestServices.GetService<IConfiguration>();
        if (!ReadinessAccess.MaySeeDetails(context, configuration?[ReadinessAccess.TokenSetting]))
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        }

        var body = new
        {
            status = report.Status.ToString(),
            // Which process answered: behind a balancer, says where a browser's requests land.
            instance = configuration?["Console:InstanceName"] is { Length: > 0 } name ? name : Environment.MachineName,
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
