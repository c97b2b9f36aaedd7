namespace EucaConsole.Domain.Compute;

/// <summary>A VPC subnet (where the cloud has VPCs): a balancer placed in subnets rather than zones.</summary>
public sealed record Subnet(string Id, string AvailabilityZone, string VpcId, string CidrBlock, bool DefaultForZone);
