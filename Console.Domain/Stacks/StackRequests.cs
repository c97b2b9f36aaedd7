using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Stacks;

/// <summary>Parameter mapping of the CloudFormation 2010-05-15 operations.</summary>
internal static class StackRequests
{
    private static readonly string[] Capabilities = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"];

    public static QueryParameters CreateStack(string stackName, string templateBody, IReadOnlyDictionary<string, string> parameters) => new QueryParameters()
        .Add("StackName", stackName)
        .Add("TemplateBody", templateBody)
        .AddMembers("Parameters", parameters, (p, prefix, pair) => p.Add($"{prefix}.ParameterKey", pair.Key).Add($"{prefix}.ParameterValue", pair.Value))
        .AddList("Capabilities", Capabilities);

    /// <summary>Every key the stack has: changed ones with their value, the rest as UsePreviousValue.</summary>
    public static QueryParameters UpdateStack(string stackName, IEnumerable<string> existingKeys, IReadOnlyDictionary<string, string> changed) =>
        new QueryParameters()
            .Add("StackName", stackName)
            .Add("UsePreviousTemplate", true)
            .AddMembers("Parameters", existingKeys.Union(changed.Keys), (p, prefix, key) =>
            {
                p.Add($"{prefix}.ParameterKey", key);
                if (changed.TryGetValue(key, out var value))
                {
                    p.Add($"{prefix}.ParameterValue", value);
                }
                else
                {
                    p.Add($"{prefix}.UsePreviousValue", true);
                }
            })
            .AddList("Capabilities", Capabilities);
}
