using System.Net.Sockets;
using EucaConsole.Domain.Cloud;
using EucaConsole.Server.Configuration;
using EucaConsole.Server.Sandbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EucaConsole.Server.Health;

/// <summary>
/// Reports which cloud endpoint this console points at and whether it answers. An unreachable cloud
/// makes the console Degraded, not Unhealthy: it still serves sign-in and says what is wrong.
/// </summary>
public sealed class CloudReadinessCheck(SandboxCloud sandbox, IOptions<CloudOptions> cloudOptions) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var cloud = cloudOptions.Value;
        if (!cloud.IsConfigured)
        {
            var data = new Dictionary<string, object>
            {
                ["mode"] = "sandbox",
                ["sandbox"] = sandbox.State.ToString(),
            };
            if (sandbox.Endpoint is { } endpoint)
            {
                data["endpoint"] = endpoint.ToString();
            }

            return sandbox.State switch
            {
                SandboxState.Running => HealthCheckResult.Healthy("Sandbox cloud running", data),
                // The cloud this console serves is down: not ready, until it is back.
                SandboxState.Restarting => HealthCheckResult.Unhealthy(sandbox.Problem ?? "Sandbox restarting", data: data),
                _ => HealthCheckResult.Degraded(sandbox.Problem ?? $"Sandbox {sandbox.State}", data: data),
            };
        }

        var profile = cloud.Kind == CloudKind.Eucalyptus
            ? CloudProfile.ForEucalyptus(cloud.Host ?? string.Empty, cloud.Port, EucalyptusAddressing.PathStyle, cloud.UseHttps)
            : cloud.EndpointUrl is { } url ? CloudProfile.ForCompatibleEndpoint(url, cloud.Region) : CloudProfile.ForAwsRegion(cloud.Region);
        profile = profile with { Overrides = cloud.Endpoints };
        var compute = ServiceEndpoints.Resolve(profile, CloudService.Compute);
        var details = new Dictionary<string, object> { ["mode"] = cloud.Kind.ToString()!, ["endpoint"] = compute.ToString() };
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await client.ConnectAsync(compute.Host, compute.Port, timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{compute.Authority} accepts connections", details);
        }
        catch (Exception error) when (error is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Degraded($"{compute.Authority} does not answer: {error.Message}", data: details);
        }
    }
}
