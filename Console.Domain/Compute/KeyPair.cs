namespace EucaConsole.Domain.Compute;

public sealed record KeyPair(string Name, string? Fingerprint, string? Id);
