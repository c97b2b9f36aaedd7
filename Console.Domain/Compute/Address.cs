namespace EucaConsole.Domain.Compute;

/// <param name="Domain">"vpc" or "standard" (EC2-Classic and Eucalyptus).</param>
public sealed record Address(string PublicIp, string? AllocationId, string? AssociationId, string? InstanceId, string? PrivateIp, string Domain);
