using System.Text.Json;

namespace EucaConsole.Components.Pages.Identity;

/// <summary>A policy document indented for reading; text that is not JSON is shown as it is.</summary>
public static class PolicyJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Pretty(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "None";
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
