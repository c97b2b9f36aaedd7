using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Stacks;

/// <summary>Parameter mapping of the CloudFormation 2010-05-15 operations.</summary>
internal static class StackRequests
{
    private static readonly string[] Capabilities = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"];

    public static QueryParameters CreateStack(StackSpec spec) => new QueryParameters()
        .Add("StackName", spec.Name)
        .Add("TemplateBody", spec.TemplateBody)
        .Add("TemplateURL", spec.TemplateUrl)
        .AddMembers("Parameters", spec.Parameters, (p, prefix, pair) => p.Add($"{prefix}.ParameterKey", pair.Key).Add($"{prefix}.ParameterValue", pair.Value))
        .AddList("Capabilities", spec.Capabilities)
        .AddMembers("Tags", spec.Tags, (p, prefix, tag) => p.Add($"{prefix}.Key", tag.Key).Add($"{prefix}.Value", tag.Value));

    /// <summary>
    /// Changed parameters with their new value. A parameter not changed is left out when its current
    /// value is the template's default (the update then gives it that same default), sent with
    /// UsePreviousValue when the template hides it (NoEcho), and sent with its current value otherwise.
    /// Why not UsePreviousValue for all: moto 5.2.1 fails on it for a parameter left at its default at
    /// creation, and treats an explicitly sent default as a change; this form means the same everywhere.
    /// </summary>
    public static QueryParameters UpdateStack(string stackName, IReadOnlyList<StackParameter> current, IReadOnlyList<TemplateParameter> declared,
        IReadOnlyDictionary<string, string> changed)
    {
        var byKey = declared.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var entries = new List<(string Key, string? Value)>();
        foreach (var parameter in current)
        {
            var declaration = byKey.GetValueOrDefault(parameter.Key);
            if (changed.TryGetValue(parameter.Key, out var value))
            {
                entries.Add((parameter.Key, value));
            }
            else if (declaration?.NoEcho == true || parameter.Value == "****")
            {
                entries.Add((parameter.Key, null));
            }
            else if (declaration?.Default is null || declaration.Default != parameter.Value)
            {
                entries.Add((parameter.Key, parameter.Value ?? string.Empty));
            }
        }

        entries.AddRange(changed.Where(c => current.All(p => p.Key != c.Key)).Select(c => (c.Key, (string?)c.Value)));
        return new QueryParameters()
            .Add("StackName", stackName)
            .Add("UsePreviousTemplate", true)
            .AddMembers("Parameters", entries, (p, prefix, entry) =>
            {
                p.Add($"{prefix}.ParameterKey", entry.Key);
                if (entry.Value is null)
                {
                    p.Add($"{prefix}.UsePreviousValue", true);
                }
                else
                {
                    p.Add($"{prefix}.ParameterValue", entry.Value);
                }
            })
            .AddList("Capabilities", Capabilities);
    }
}
