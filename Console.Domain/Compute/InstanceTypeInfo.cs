namespace EucaConsole.Domain.Compute;

/// <param name="Architectures">Empty when the cloud does not bind types to architectures (Eucalyptus).</param>
/// <param name="DiskGiB">Root disk size where the cloud says (Eucalyptus).</param>
public sealed record InstanceTypeInfo(string Name, int? VirtualCpus, long? MemoryMiB, IReadOnlyList<string> Architectures, int? DiskGiB = null);
