using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Storage;

/// <summary>An image registered from a snapshot: the snapshot becomes its root volume.</summary>
public sealed class RegisterImageForm
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string SnapshotId { get; set; } = string.Empty;

    public string Architecture { get; set; } = "x86_64";

    public string RootDeviceName { get; set; } = "/dev/sda1";

    public string VirtualizationType { get; set; } = "hvm";

    public RegisterImageSpec ToSpec() =>
        new(Name.Trim(), Description.Length == 0 ? null : Description, SnapshotId, Architecture, RootDeviceName, VirtualizationType);
}
