using System.Security.Cryptography;
using System.Text;
using EucaConsole.Domain.Keys;

namespace EucaConsole.Tests.Domain.Keys;

public sealed class WindowsPasswordTests
{
    [Fact]
    public void The_key_pairs_private_key_decrypts_the_password_as_the_cloud_encrypted_it()
    {
        using var keyPair = RSA.Create(2048);
        var data = Convert.ToBase64String(keyPair.Encrypt(Encoding.UTF8.GetBytes("Pa55w0rd!x"), RSAEncryptionPadding.Pkcs1));

        Assert.Equal(("Pa55w0rd!x", null), WindowsPassword.Decrypt(data, keyPair.ExportRSAPrivateKeyPem()));
        Assert.Equal(("Pa55w0rd!x", null), WindowsPassword.Decrypt(data, keyPair.ExportPkcs8PrivateKeyPem()));
    }

    [Fact]
    public void Another_key_a_public_key_or_no_data_each_say_why_without_a_password()
    {
        using var keyPair = RSA.Create(2048);
        using var other = RSA.Create(2048);
        var data = Convert.ToBase64String(keyPair.Encrypt("secret"u8.ToArray(), RSAEncryptionPadding.Pkcs1));

        Assert.Contains("does not decrypt", WindowsPassword.Decrypt(data, other.ExportRSAPrivateKeyPem()).Problem, StringComparison.Ordinal);
        Assert.Contains("Paste the key pair's private key", WindowsPassword.Decrypt(data, keyPair.ExportSubjectPublicKeyInfoPem()).Problem,
            StringComparison.Ordinal);
        Assert.Contains("no password yet", WindowsPassword.Decrypt(null, keyPair.ExportRSAPrivateKeyPem()).Problem, StringComparison.Ordinal);
        Assert.Contains("not base64", WindowsPassword.Decrypt("%%%", keyPair.ExportRSAPrivateKeyPem()).Problem, StringComparison.Ordinal);
    }
}
