namespace EucaConsole.Components.Pages.Identity;

/// <summary>An inline policy a detail asks to add (no name yet), edit or delete.</summary>
public sealed record InlinePolicy(string? Name, string? Document);
