using System.Text.Json;

namespace EucaConsole.Domain.Identity.Roles;

/// <summary>Reads who a role trusts from its trust policy (for the roles list and its "trusted service" facet).</summary>
public static class RoleTrust
{
    /// <summary>The service principals allowed to take the role, e.g. ec2.amazonaws.com; empty when none or unreadable.</summary>
    public static IReadOnlyList<string> Services(string? trustPolicy)
    {
        if (string.IsNullOrWhiteSpace(trustPolicy))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(trustPolicy);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("Statement", out var statement))
            {
                return [];
            }

            var statements = statement.ValueKind == JsonValueKind.Array ? [.. statement.EnumerateArray()] : new[] { statement };
            return [.. statements
                .Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("Principal", out var p) && p.ValueKind == JsonValueKind.Object)
                .SelectMany(s => Strings(s.GetProperty("Principal"), "Service"))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IEnumerable<string> Strings(JsonElement principal, string name) =>
        !principal.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
        : [];
}
