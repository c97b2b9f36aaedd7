using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EucaConsole.Domain.Stacks;

/// <summary>
/// The capabilities CloudFormation asks to be acknowledged for a template: CAPABILITY_IAM when it makes
/// IAM resources, CAPABILITY_NAMED_IAM when any of them is given a name. The console asks the user before
/// acknowledging them.
/// </summary>
public static class TemplateCapabilities
{
    public const string Iam = "CAPABILITY_IAM";

    public const string NamedIam = "CAPABILITY_NAMED_IAM";

    private static readonly string[] NameProperties = ["RoleName", "UserName", "GroupName", "InstanceProfileName", "ManagedPolicyName", "PolicyName"];

    public static IReadOnlyList<string> Required(string templateBody)
    {
        ArgumentNullException.ThrowIfNull(templateBody);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(templateBody));
        }
        catch (YamlException)
        {
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("Resources"), out var section) || section is not YamlMappingNode resources)
        {
            return [];
        }

        var iam = resources.Children.Values.OfType<YamlMappingNode>()
            .Where(r => r.Children.TryGetValue(new YamlScalarNode("Type"), out var type) && type is YamlScalarNode { Value: { } name }
                && name.StartsWith("AWS::IAM::", StringComparison.Ordinal))
            .ToList();
        if (iam.Count == 0)
        {
            return [];
        }

        var named = iam.Any(r => r.Children.TryGetValue(new YamlScalarNode("Properties"), out var properties) && properties is YamlMappingNode map
            && NameProperties.Any(p => map.Children.ContainsKey(new YamlScalarNode(p)) && p != "PolicyName"));
        return named ? [Iam, NamedIam] : [Iam];
    }
}
