using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace EucaConsole.Server.Security.KeyRing;

/// <summary>
/// Reverses <see cref="AesGcmXmlEncryptor"/>. Data Protection creates decryptors by type name with the
/// application's services, hence the <see cref="IServiceProvider"/> constructor.
/// </summary>
public sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var key = services.GetService<KeyRingKey>()
            ?? throw new InvalidOperationException($"The key ring is encrypted; set {KeyRingKey.Setting} to the key it was written with.");
        var sealedBytes = Convert.FromBase64String(encryptedElement.Element("value")?.Value
            ?? throw new CryptographicException("An encrypted key has no value."));
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        if (sealedBytes.Length < nonceSize + tagSize)
        {
            throw new CryptographicException("An encrypted key is too short.");
        }

        var plain = new byte[sealedBytes.Length - nonceSize - tagSize];
        using (var aes = new AesGcm(key.Bytes, tagSize))
        {
            aes.Decrypt(sealedBytes.AsSpan(0, nonceSize), sealedBytes.AsSpan(nonceSize + tagSize), sealedBytes.AsSpan(nonceSize, tagSize),
                plain, AesGcmXmlEncryptor.AssociatedData);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plain));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
