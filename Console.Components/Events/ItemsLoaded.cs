namespace EucaConsole.Components.Events;

/// <summary>A table finished loading its items (the host page may, say, lazy-load details for them).</summary>
/// <param name="Source">Which table, when a page hosts several.</param>
public sealed record ItemsLoaded<T>(IReadOnlyList<T> Items, string Source);
