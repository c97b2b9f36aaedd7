namespace EucaConsole.Domain.Cloud;

/// <summary>
/// The credentials a session signs its calls with: temporary ones whenever the cloud grants them.
/// </summary>
public sealed record CloudCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken, DateTimeOffset? Expiration)
{
    public bool IsTemporary => SessionToken is not null;

    public bool IsExpired(DateTimeOffset now) => Expiration is { } expiry && expiry <= now;

    // A record prints every property; this one must never print its secret (logs, exceptions, debuggers).
    public override string ToString() => $"CloudCredentials {{ AccessKeyId = {AccessKeyId}, Temporary = {IsTemporary}, Expiration = {Expiration:O} }}";
}
