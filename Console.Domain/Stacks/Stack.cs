namespace EucaConsole.Domain.Stacks;

public sealed record Stack(
    string Name,
    string Id,
    string Status,
    string? StatusReason,
    string? Description,
    DateTimeOffset? Created,
    DateTimeOffset? LastUpdated,
    IReadOnlyList<StackParameter> Parameters,
    IReadOnlyList<StackOutput> Outputs);
