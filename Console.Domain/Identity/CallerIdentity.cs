namespace EucaConsole.Domain.Identity;

public sealed record CallerIdentity(string Account, string Arn, string UserId);
