using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Stacks;

/// <summary>A stack to create: its template (a body, or a URL CloudFormation reads), parameter values, the capabilities acknowledged, and tags.</summary>
public sealed record StackSpec(string Name, string? TemplateBody, string? TemplateUrl, IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Capabilities, IReadOnlyList<Tag> Tags)
{
    /// <summary>A stack from a template body, acknowledging exactly the capabilities its resources need.</summary>
    public static StackSpec FromBody(string name, string templateBody, IReadOnlyDictionary<string, string> parameters) =>
        new(name, templateBody, null, parameters, TemplateCapabilities.Required(templateBody), []);
}
