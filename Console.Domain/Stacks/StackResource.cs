namespace EucaConsole.Domain.Stacks;

public sealed record StackResource(string LogicalId, string? PhysicalId, string Type, string Status, DateTimeOffset? LastUpdated);
