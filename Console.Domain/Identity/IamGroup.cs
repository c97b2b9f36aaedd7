namespace EucaConsole.Domain.Identity;

public sealed record IamGroup(string Name, string Id, string Arn, string Path, DateTimeOffset? Created);
