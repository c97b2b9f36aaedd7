namespace EucaConsole.Domain.Stacks;

public sealed record StackOutput(string Key, string? Value, string? Description);
