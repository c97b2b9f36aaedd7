namespace EucaConsole.Domain.Identity;

public sealed record IamUser(string Name, string Id, string Arn, string Path, DateTimeOffset? Created);
