namespace EucaConsole.Domain.Compute;

/// <summary>Registers an EBS-backed image whose root volume comes from a snapshot.</summary>
public sealed record RegisterImageSpec(string Name, string? Description, string SnapshotId, string Architecture, string RootDeviceName = "/dev/sda1",
    string VirtualizationType = "hvm");
