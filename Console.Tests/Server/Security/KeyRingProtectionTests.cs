using System.Security.Cryptography;
using System.Xml.Linq;
using EucaConsole.Server.Security.KeyRing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Server.Security;

public sealed class KeyRingProtectionTests
{
    private static readonly XElement SecretKeyXml = XElement.Parse("<masterKey><value>c2VjcmV0LW1hc3Rlci1rZXk=</value></masterKey>");

    private static KeyRingKey NewKey() => KeyRingKey.Parse(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    private static AesGcmXmlDecryptor DecryptorWith(KeyRingKey key) =>
        new(new ServiceCollection().AddSingleton(key).BuildServiceProvider());

    [Fact]
    public void A_key_encrypted_at_rest_hides_its_value_and_decrypts_with_the_same_key()
    {
        var key = NewKey();

        var encrypted = new AesGcmXmlEncryptor(key).Encrypt(SecretKeyXml);

        Assert.DoesNotContain("c2VjcmV0LW1hc3Rlci1rZXk", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.Equal(typeof(AesGcmXmlDecryptor), encrypted.DecryptorType);
        Assert.Equal(SecretKeyXml.ToString(), DecryptorWith(key).Decrypt(encrypted.EncryptedElement).ToString());
    }

    [Fact]
    public void Another_key_or_a_changed_byte_does_not_decrypt()
    {
        var encrypted = new AesGcmXmlEncryptor(NewKey()).Encrypt(SecretKeyXml).EncryptedElement;

        Assert.ThrowsAny<CryptographicException>(() => DecryptorWith(NewKey()).Decrypt(encrypted));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_malformed_key_setting_says_how_to_make_one(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => KeyRingKey.Parse(value));
        Assert.Contains("openssl rand -base64 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_development_an_unprotected_ring_in_redis_stops_startup_naming_both_settings()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => KeyRingProtection.Apply(services,
            services.AddDataProtection(), configuration, keysInRedis: true, isDevelopment: false));

        Assert.Contains(KeyRingKey.Setting, error.Message, StringComparison.Ordinal);
        Assert.Contains(KeyRingProtection.AllowUnprotectedSetting + "=true", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void Development_memory_keys_or_an_explicit_opt_out_start(bool isDevelopment, bool allowUnprotected, bool keysOnDisk)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [KeyRingProtection.AllowUnprotectedSetting] = allowUnprotected ? "true" : null,
        }).Build();

        KeyRingProtection.Apply(services, services.AddDataProtection(), configuration, keysInRedis: !keysOnDisk, isDevelopment);
    }
}
