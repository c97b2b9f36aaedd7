namespace EucaConsole.Components.Events;

/// <summary>Asks a table to load its items again without reloading the page.</summary>
/// <param name="Target">Which table; null for every table on the page.</param>
public sealed record RefreshRequested(string? Target = null);
