namespace EucaConsole.Domain.LoadBalancing;

/// <param name="Target">e.g. <c>HTTP:8888/health</c> or <c>TCP:22</c>.</param>
public sealed record HealthCheck(string Target, int Interval, int Timeout, int UnhealthyThreshold, int HealthyThreshold);
