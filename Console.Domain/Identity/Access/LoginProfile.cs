namespace EucaConsole.Domain.Identity.Access;

/// <summary>A user's console password exists (its value is never readable).</summary>
public sealed record LoginProfile(DateTimeOffset? Created, bool PasswordResetRequired);
