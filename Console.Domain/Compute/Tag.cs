namespace EucaConsole.Domain.Compute;

public sealed record Tag(string Key, string Value);
