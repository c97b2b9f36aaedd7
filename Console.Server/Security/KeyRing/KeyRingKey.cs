namespace EucaConsole.Server.Security.KeyRing;

/// <summary>
/// The 256-bit key that encrypts the Data Protection key ring at rest (<c>DataProtection:KeyEncryptionKey</c>,
/// base64). Every console process sharing a ring needs the same key; Redis alone is then not enough to
/// read a session.
/// </summary>
public sealed class KeyRingKey
{
    public const string Setting = "DataProtection:KeyEncryptionKey";

    private KeyRingKey(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    public static KeyRingKey Parse(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{Setting} is not base64 (make one with: openssl rand -base64 32).");
        }

        return bytes.Length == 32
            ? new KeyRingKey(bytes)
            : throw new InvalidOperationException($"{Setting} must be 32 bytes in base64, not {bytes.Length} (make one with: openssl rand -base64 32).");
    }
}
