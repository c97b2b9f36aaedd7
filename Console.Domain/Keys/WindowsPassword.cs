using System.Security.Cryptography;
using System.Text;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Keys;

/// <summary>
/// A Windows instance's administrator password: the cloud hands it out encrypted with the key pair's
/// public key (RSA, PKCS #1 v1.5); the private key the user pastes decrypts it here, in the circuit's
/// memory only. Neither the key nor the password is sent anywhere, stored or logged.
/// </summary>
public static class WindowsPassword
{
    public static (string? Password, string? Problem) Decrypt(string? passwordData, string? privateKeyPem)
    {
        if (string.IsNullOrWhiteSpace(passwordData))
        {
            return (null, Say.T("The instance has no password yet; Windows makes it some minutes after the first start."));
        }

        if (string.IsNullOrWhiteSpace(privateKeyPem) || !privateKeyPem.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return (null, Say.T("Paste the key pair's private key (PEM, \"-----BEGIN RSA PRIVATE KEY-----\" or \"-----BEGIN PRIVATE KEY-----\")."));
        }

        byte[] encrypted;
        try
        {
            encrypted = Convert.FromBase64String(passwordData.Trim());
        }
        catch (FormatException)
        {
            return (null, Say.T("The cloud's password data is not base64; it cannot be decrypted."));
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem);
        }
        catch (Exception error) when (error is ArgumentException or CryptographicException)
        {
            return (null, Say.T("That is not an RSA private key in PEM form."));
        }

        try
        {
            return (Encoding.UTF8.GetString(rsa.Decrypt(encrypted, RSAEncryptionPadding.Pkcs1)), null);
        }
        catch (CryptographicException)
        {
            return (null, Say.T("This private key does not decrypt the password: is it the key pair the instance was launched with?"));
        }
    }
}
