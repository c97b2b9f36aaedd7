using System.Globalization;
using System.Xml.Linq;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>Reading Query API replies by local name (namespaces differ between AWS, Eucalyptus and moto).</summary>
public static class QueryXml
{
    public static XElement? Child(this XElement element, string name) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static string? Text(this XElement element, string name) => element.Child(name)?.Value;

    /// <summary>A value the reply must hold; its absence means the reply is malformed.</summary>
    public static string Required(this XElement element, string name) =>
        element.Child(name)?.Value is { } value
            ? value
            : throw new FormatException($"<{element.Name.LocalName}> has no <{name}>");

    public static int? Number(this XElement element, string name) =>
        int.TryParse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool? Flag(this XElement element, string name) =>
        element.Text(name) is { } text ? string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) : null;

    public static DateTimeOffset? Date(this XElement element, string name) =>
        DateTimeOffset.TryParse(element.Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    /// <summary>The <c>member</c> elements of a list element (empty when the list is absent).</summary>
    public static IEnumerable<XElement> Members(this XElement element, string listName) =>
        element.Child(listName)?.Elements().Where(e => e.Name.LocalName == "member") ?? [];

    public static IReadOnlyList<string> Strings(this XElement element, string listName) =>
        [.. element.Members(listName).Select(m => m.Value)];

    /// <summary>IAM returns policy documents URL-encoded.</summary>
    public static string? PolicyDocument(this XElement element, string name) =>
        element.Text(name) is { } encoded ? Uri.UnescapeDataString(encoded) : null;
}
