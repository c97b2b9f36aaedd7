namespace EucaConsole.Domain.Compute;

/// <summary>A network interface an elastic IP can be associated with (VPC clouds list them; EC2-Classic and Eucalyptus have none).</summary>
public sealed record NetworkInterface(string Id, string? Description, string? PrivateIp, string? InstanceId, string Status, string? SubnetId);
