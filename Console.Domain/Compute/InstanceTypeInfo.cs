namespace EucaConsole.Domain.Compute;

public sealed record InstanceTypeInfo(string Name, int? VirtualCpus, long? MemoryMiB, IReadOnlyList<string> Architectures);
