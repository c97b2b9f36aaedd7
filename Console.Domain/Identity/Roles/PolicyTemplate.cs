namespace EucaConsole.Domain.Identity.Roles;

/// <summary>A starting inline policy offered when a role is made.</summary>
public sealed record PolicyTemplate(string Key, string Label, string PolicyName, string Document);
