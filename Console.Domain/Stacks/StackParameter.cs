namespace EucaConsole.Domain.Stacks;

public sealed record StackParameter(string Key, string? Value);
