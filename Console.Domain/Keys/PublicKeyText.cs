using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Keys;

/// <summary>
/// A public key as people paste it, checked and put in the OpenSSH one-line form every cloud imports:
/// OpenSSH ("ssh-rsa AAAA… comment", ed25519, ECDSA), RFC 4716 ("---- BEGIN SSH2 PUBLIC KEY ----") and
/// PEM RSA ("-----BEGIN PUBLIC KEY-----" or "-----BEGIN RSA PUBLIC KEY-----"). A private key is refused
/// before anything else is done with it.
/// </summary>
public static class PublicKeyText
{
    public static IReadOnlyList<string> OpenSshTypes { get; } =
        ["ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"];

    /// <summary>The key in OpenSSH form, or the reason the text is not a public key this console imports.</summary>
    public static (string? OpenSsh, string? Problem) Normalize(string? text)
    {
        text = (text ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return (null, Say.T("Paste a public key or choose its file."));
        }

        if (text.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return (null, Say.T("That is a private key. Import the public key (the .pub file); the private key never leaves your computer."));
        }

        if (text.Length > 16_384)
        {
            return (null, Say.T("A public key has at most 16,384 characters."));
        }

        if (text.StartsWith("---- BEGIN SSH2 PUBLIC KEY ----", StringComparison.Ordinal))
        {
            return FromRfc4716(text);
        }

        if (text.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            return FromPem(text);
        }

        return FromOpenSsh(text);
    }

    private static (string?, string?) FromOpenSsh(string text)
    {
        var parts = text.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !OpenSshTypes.Contains(parts[0]))
        {
            return (null, Say.T("An OpenSSH public key starts with its type ({0}) and then the key in base64.", string.Join(", ", OpenSshTypes)));
        }

        var problem = BlobProblem(parts[0], parts[1]);
        return problem is null ? (string.Join(' ', parts), null) : (null, problem);
    }

    private static (string?, string?) FromRfc4716(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var end = lines.IndexOf("---- END SSH2 PUBLIC KEY ----");
        if (end < 0)
        {
            return (null, Say.T("The key's \"---- END SSH2 PUBLIC KEY ----\" line is missing."));
        }

        // Header lines ("Comment: …") may continue with a trailing backslash; the body is what follows them.
        var body = new StringBuilder();
        var inHeader = false;
        foreach (var line in lines.Skip(1).Take(end - 1))
        {
            if (inHeader || line.Contains(':', StringComparison.Ordinal))
            {
                inHeader = line.EndsWith('\\');
                continue;
            }

            body.Append(line);
        }

        var blob = body.ToString();
        var type = BlobType(blob);
        if (type is null || !OpenSshTypes.Contains(type))
        {
            return (null, Say.T("The key's body is not an RSA, ed25519 or ECDSA public key."));
        }

        var problem = BlobProblem(type, blob);
        return problem is null ? ($"{type} {blob}", null) : (null, problem);
    }

    private static (string?, string?) FromPem(string text)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(text);
        }
        catch (Exception error) when (error is ArgumentException or CryptographicException)
        {
            return (null, Say.T("The PEM text is not an RSA public key (the clouds import RSA keys in PEM form; use OpenSSH form for ed25519)."));
        }

        var parameters = rsa.ExportParameters(false);
        if (parameters.Modulus!.Length * 8 < 2048)
        {
            return (null, Say.T("An RSA key has at least 2048 bits."));
        }

        var blob = new MemoryStream();
        WriteString(blob, Encoding.ASCII.GetBytes("ssh-rsa"));
        WriteString(blob, Mpint(parameters.Exponent!));
        WriteString(blob, Mpint(parameters.Modulus!));
        return ($"ssh-rsa {Convert.ToBase64String(blob.ToArray())}", null);
    }

    private static string? BlobProblem(string type, string base64)
    {
        var embedded = BlobType(base64);
        return embedded is null ? Say.T("The key's base64 part does not decode to a key.")
            : embedded != type ? Say.T("The key says {0} but holds a {1} key.", type, embedded)
            : null;
    }

    /// <summary>The type named inside the key blob (its first length-prefixed string), or null when it is not a blob.</summary>
    private static string? BlobType(string base64)
    {
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length) || length < 4)
        {
            return null;
        }

        var nameLength = BinaryPrimitives.ReadInt32BigEndian(bytes);
        return nameLength is > 0 and <= 64 && 4 + nameLength <= length ? Encoding.ASCII.GetString(bytes, 4, nameLength) : null;
    }

    private static byte[] Mpint(byte[] unsigned) => unsigned.Length > 0 && unsigned[0] >= 0x80 ? [0, .. unsigned] : unsigned;

    private static void WriteString(Stream stream, byte[] value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
        stream.Write(length);
        stream.Write(value);
    }
}
