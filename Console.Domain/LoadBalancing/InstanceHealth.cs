namespace EucaConsole.Domain.LoadBalancing;

/// <param name="State">InService, OutOfService or Unknown.</param>
public sealed record InstanceHealth(string InstanceId, string State, string? ReasonCode, string? Description);
