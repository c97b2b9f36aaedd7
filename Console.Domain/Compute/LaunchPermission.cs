namespace EucaConsole.Domain.Compute;

/// <summary>Who may launch an image: an account id, or the group "all" (public).</summary>
public sealed record LaunchPermission(string? UserId, string? Group);
