using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace EucaConsole.Tests.Fixtures;

/// <summary>Real key material for tests: an OpenSSH public key, and a self-signed certificate with its key.</summary>
public static class TestKeys
{
    public static string OpenSshPublicKey()
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(false);
        using var blob = new MemoryStream();
        void Write(byte[] data)
        {
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            blob.Write(length);
            blob.Write(data);
        }

        // mpint: a leading zero keeps a high-bit value positive.
        static byte[] Mpint(byte[] value) => value[0] >= 0x80 ? [0, .. value] : value;
        Write(Encoding.ASCII.GetBytes("ssh-rsa"));
        Write(Mpint(parameters.Exponent!));
        Write(Mpint(parameters.Modulus!));
        return "ssh-rsa " + Convert.ToBase64String(blob.ToArray()) + " test@eucaconsole";
    }

    public static (string CertificatePem, string PrivateKeyPem) SelfSignedCertificate(string commonName)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(365));
        return (certificate.ExportCertificatePem(), rsa.ExportRSAPrivateKeyPem());
    }
}
