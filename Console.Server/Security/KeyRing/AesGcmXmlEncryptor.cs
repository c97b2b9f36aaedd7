using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace EucaConsole.Server.Security.KeyRing;

/// <summary>
/// Encrypts each Data Protection key's XML with AES-256-GCM under <see cref="KeyRingKey"/> before it
/// is written to Redis (ASP.NET Core's own encryptors need a certificate store or Windows DPAPI).
/// </summary>
public sealed class AesGcmXmlEncryptor(KeyRingKey key) : IXmlEncryptor
{
    internal static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("EucaConsole.KeyRing.v1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[AesGcm.NonceByteSizes.MaxSize + AesGcm.TagByteSizes.MaxSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        var tag = sealedBytes.AsSpan(nonce.Length, AesGcm.TagByteSizes.MaxSize);
        var cipher = sealedBytes.AsSpan(nonce.Length + tag.Length);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Bytes, tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag, AssociatedData);
        }

        CryptographicOperations.ZeroMemory(plain);
        var element = new XElement("aesGcmEncryptedKey", new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }
}
