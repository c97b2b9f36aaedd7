using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EucaConsole.Domain.Stacks;

/// <summary>
/// Reads the Parameters section of a CloudFormation template, YAML or JSON (JSON is read as YAML; the
/// short-form tags such as !Ref elsewhere in a YAML template are just tags to this reader).
/// </summary>
public static class TemplateParameters
{
    /// <exception cref="FormatException">The template cannot be read.</exception>
    public static IReadOnlyList<TemplateParameter> Read(string templateBody)
    {
        ArgumentNullException.ThrowIfNull(templateBody);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(templateBody));
        }
        catch (YamlException error)
        {
            throw new FormatException($"The template cannot be read: {error.Message}", error);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("Parameters"), out var section) || section is not YamlMappingNode parameters)
        {
            return [];
        }

        return [.. parameters.Children.Select(p => Parameter(((YamlScalarNode)p.Key).Value ?? string.Empty, p.Value as YamlMappingNode))];
    }

    private static TemplateParameter Parameter(string key, YamlMappingNode? node)
    {
        string? Text(string name) => node is not null && node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlScalarNode scalar
            ? scalar.Value
            : null;
        int? Integer(string name) => int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        decimal? Number(string name) => decimal.TryParse(Text(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
        IReadOnlyList<string> List(string name) => node is not null && node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)]
            : [];

        return new TemplateParameter(
            key,
            Text("Type") ?? "String",
            Text("Default"),
            Text("Description"),
            string.Equals(Text("NoEcho"), "true", StringComparison.OrdinalIgnoreCase),
            List("AllowedValues"),
            Text("AllowedPattern"),
            Integer("MinLength"),
            Integer("MaxLength"),
            Number("MinValue"),
            Number("MaxValue"),
            Text("ConstraintDescription"));
    }
}
