namespace EucaConsole.Domain.Identity;

/// <param name="TrustPolicy">The assume-role policy document, decoded JSON.</param>
public sealed record IamRole(string Name, string Id, string Arn, string Path, string? Description, string? TrustPolicy, DateTimeOffset? Created);
