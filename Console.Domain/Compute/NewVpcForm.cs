namespace EucaConsole.Domain.Compute;

/// <summary>A VPC to make: its IPv4 range and an optional name, as typed.</summary>
public sealed class NewVpcForm
{
    public string CidrBlock { get; set; } = "10.0.0.0/16";

    public string Name { get; set; } = string.Empty;
}
