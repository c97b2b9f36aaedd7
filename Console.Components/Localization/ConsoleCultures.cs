using System.Globalization;

namespace EucaConsole.Components.Localization;

/// <summary>The languages the console speaks; English is the default and the fallback for any missing string.</summary>
public static class ConsoleCultures
{
    public const string Default = "en";

    /// <summary>Culture name → the language's own name, as offered in the top bar.</summary>
    public static IReadOnlyList<(string Culture, string Name)> Supported { get; } =
    [
        ("en", "English"),
        ("es", "Español"),
    ];

    public static string[] Names { get; } = [.. Supported.Select(s => s.Culture)];

    /// <summary>The supported culture a requested name falls under ("es-MX" → "es"), or null.</summary>
    public static string? Match(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested) || requested.Length > 32)
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(requested.Trim());
            return Names.FirstOrDefault(n => n == culture.Name || n == culture.TwoLetterISOLanguageName);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
