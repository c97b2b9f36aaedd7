namespace EucaConsole.Domain.Stacks;

public sealed record StackEvent(string Id, string LogicalId, string? ResourceType, string Status, string? Reason, DateTimeOffset? Timestamp);
