namespace EucaConsole.Domain.Stacks;

/// <summary>A parameter as a template declares it: its type, default and constraints.</summary>
public sealed record TemplateParameter(
    string Key,
    string Type,
    string? Default,
    string? Description,
    bool NoEcho,
    IReadOnlyList<string> AllowedValues,
    string? AllowedPattern,
    int? MinLength,
    int? MaxLength,
    decimal? MinValue,
    decimal? MaxValue,
    string? ConstraintDescription)
{
    public bool IsNumber => Type == "Number";
}
