namespace EucaConsole.Domain.Compute;

/// <summary>A security group as other resources name it.</summary>
public sealed record GroupRef(string Id, string? Name);
