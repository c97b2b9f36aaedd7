namespace EucaConsole.Domain.LoadBalancing;

/// <summary>A health check as typed: what to ask the instances, how often, and when to count them healthy or not.</summary>
public sealed class HealthCheckForm
{
    public string Protocol { get; set; } = "HTTP";

    public int Port { get; set; } = 80;

    public string Path { get; set; } = "/";

    public int Interval { get; set; } = 30;

    public int Timeout { get; set; } = 5;

    public int HealthyThreshold { get; set; } = 3;

    public int UnhealthyThreshold { get; set; } = 2;

    /// <summary>As ELB says it: HTTP:80/health, TCP:22.</summary>
    public string Target => Protocol is "HTTP" or "HTTPS" ? $"{Protocol}:{Port}{Path}" : $"{Protocol}:{Port}";

    public HealthCheck ToHealthCheck() => new(Target, Interval, Timeout, UnhealthyThreshold, HealthyThreshold);

    /// <summary>The form for a balancer's current check (a target such as HTTP:8888/health).</summary>
    public static HealthCheckForm From(HealthCheck? check)
    {
        var form = new HealthCheckForm();
        if (check is null)
        {
            return form;
        }

        var colon = check.Target.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            form.Protocol = check.Target[..colon];
            var rest = check.Target[(colon + 1)..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            _ = int.TryParse(slash < 0 ? rest : rest[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
                out var port);
            form.Port = port;
            form.Path = slash < 0 ? "/" : rest[slash..];
        }

        form.Interval = check.Interval;
        form.Timeout = check.Timeout;
        form.HealthyThreshold = check.HealthyThreshold;
        form.UnhealthyThreshold = check.UnhealthyThreshold;
        return form;
    }
}
