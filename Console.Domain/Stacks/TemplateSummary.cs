namespace EucaConsole.Domain.Stacks;

/// <summary>What ValidateTemplate says of a template: its parameters (without constraints beyond NoEcho), the capabilities it needs, its description.</summary>
public sealed record TemplateSummary(IReadOnlyList<TemplateParameter> Parameters, IReadOnlyList<string> Capabilities, string? Description);
