using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Server.Security.KeyRing;

/// <summary>
/// Before the process serves (and before Data Protection makes a key of its own): every key in the ring
/// that is encrypted with <see cref="KeyRingKey"/> must decrypt with this process's key. One that does
/// not means another <see cref="KeyRingKey.Setting"/> than the ring was written with; such a process
/// used to write its own keys into the shared ring, and processes then refused each other's cookies.
/// It stops instead, naming the setting.
/// </summary>
public static class KeyRingCheck
{
    public static void EnsureReadable(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<KeyRingKey>() is null
            || services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository is not { } repository)
        {
            return;
        }

        IReadOnlyCollection<XElement> ring;
        try
        {
            ring = repository.GetAllElements();
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            return; // not reachable now: the outage is the repository's to ride out
        }

        var decryptor = new AesGcmXmlDecryptor(services);
        foreach (var secret in ring.SelectMany(e => e.DescendantsAndSelf()).Where(e => e.Name.LocalName == "encryptedSecret")
                     .Where(e => ((string?)e.Attribute("decryptorType"))?.Contains(nameof(AesGcmXmlDecryptor), StringComparison.Ordinal) == true))
        {
            try
            {
                decryptor.Decrypt(secret.Elements().First());
            }
            catch (Exception error) when (error is CryptographicException or InvalidOperationException)
            {
                throw new InvalidOperationException(
                    $"The Data Protection key ring holds keys this process cannot decrypt: its {KeyRingKey.Setting} is not the key the ring was written with. "
                    + $"Give every console process the same {KeyRingKey.Setting}; this process stops rather than write keys of its own into the shared ring.",
                    error);
            }
        }
    }
}
