namespace EucaConsole.Components.Layout;

/// <summary>The user's theme: the operating system's setting, or always light, or always dark.</summary>
public enum ThemeChoice
{
    System,
    Light,
    Dark,
}

/// <summary>How a theme choice is kept in the browser's storage (per browser, not per account).</summary>
public static class ThemeChoices
{
    public const string StorageKey = "euca.theme";

    /// <summary>The stored text back to a choice; anything unknown is the system's setting.</summary>
    public static ThemeChoice Parse(string? stored) =>
        Enum.TryParse<ThemeChoice>(stored, ignoreCase: true, out var choice) && Enum.IsDefined(choice) ? choice : ThemeChoice.System;
}
