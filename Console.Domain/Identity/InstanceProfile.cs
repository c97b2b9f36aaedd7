namespace EucaConsole.Domain.Identity;

/// <summary>What EC2 launches with to give an instance a role (holds at most one role).</summary>
public sealed record InstanceProfile(string Name, string Id, string Arn, string Path, IReadOnlyList<string> RoleNames, DateTimeOffset? Created);
