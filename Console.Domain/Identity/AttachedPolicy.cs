namespace EucaConsole.Domain.Identity;

/// <summary>A managed policy attached to a role.</summary>
public sealed record AttachedPolicy(string Name, string Arn);
