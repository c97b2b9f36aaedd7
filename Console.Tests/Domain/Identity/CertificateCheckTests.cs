using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EucaConsole.Domain.Identity.Certificates;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Identity;

public sealed class CertificateCheckTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    /// <summary>A certificate signed by <paramref name="issuer"/> (self-signed when null), with its key.</summary>
    internal static (X509Certificate2 Certificate, RSA Key) Make(string subject, (X509Certificate2 Certificate, RSA Key)? issuer = null,
        int days = 90)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(subject.EndsWith(" CA", StringComparison.Ordinal), false, 0, true));
        var now = DateTimeOffset.UtcNow;
        // An issued certificate ends before its issuer does (made a moment earlier, the issuer's "now + days" is a moment earlier too).
        var certificate = issuer is { } parent
            ? request.Create(parent.Certificate.HasPrivateKey ? parent.Certificate : parent.Certificate.CopyWithPrivateKey(parent.Key), now.AddDays(-1),
                new DateTimeOffset(parent.Certificate.NotAfter.ToUniversalTime()).AddHours(-1), RandomNumberGenerator.GetBytes(8))
            : request.CreateSelfSigned(now.AddDays(-1), now.AddDays(days));
        return (certificate, key);
    }

    private static CertificateUpload Upload((X509Certificate2 Certificate, RSA Key) leaf, string chain = "") => new()
    {
        Name = "web", CertificateBody = leaf.Certificate.ExportCertificatePem(), PrivateKey = leaf.Key.ExportRSAPrivateKeyPem(), CertificateChain = chain,
    };

    [Fact]
    public async Task A_self_signed_certificate_with_its_key_passes_and_is_uploaded()
    {
        var leaf = Make("console.example");
        var upload = Upload(leaf);
        upload.Name = CloudFixture.Unique("web");

        Assert.Empty(CertificateCheck.Problems(upload));
        var uploaded = await cloud.Identity.UploadServerCertificateAsync(upload.Name, upload.CertificateBody, upload.PrivateKey, null, CancellationToken.None);
        Assert.Contains(await cloud.Identity.ListServerCertificatesAsync(CancellationToken.None), c => c.Arn == uploaded.Arn);
        Assert.DoesNotContain(upload.PrivateKey[40..80], upload.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_key_garbage_or_an_expired_certificate_is_refused_with_the_reason()
    {
        var leaf = Make("console.example");
        var other = Make("other.example");

        Assert.Contains("does not belong", Assert.Single(CertificateCheck.Problems(Upload(leaf).With(u => u.PrivateKey = other.Key.ExportRSAPrivateKeyPem()))),
            StringComparison.Ordinal);
        Assert.Contains("not a PEM certificate", Assert.Single(CertificateCheck.Problems(Upload(leaf).With(u => u.CertificateBody = "hello"))), StringComparison.Ordinal);
        Assert.Contains("not a PEM private key", Assert.Single(CertificateCheck.Problems(Upload(leaf).With(u => u.PrivateKey = leaf.Certificate.ExportCertificatePem()))),
            StringComparison.Ordinal);
        Assert.Contains("expired", Assert.Single(CertificateCheck.Problems(Upload(Make("old.example", days: -1)))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_from_the_issuer_upwards_passes_and_one_out_of_order_is_named()
    {
        var root = Make("Root CA");
        var intermediate = Make("Intermediate CA", root);
        var leaf = Make("console.example", intermediate);
        var inOrder = intermediate.Certificate.ExportCertificatePem() + "\n" + root.Certificate.ExportCertificatePem();
        var reversed = root.Certificate.ExportCertificatePem() + "\n" + intermediate.Certificate.ExportCertificatePem();

        Assert.Empty(CertificateCheck.Problems(Upload(leaf, inOrder)));
        Assert.Contains("out of order: entry 1 (CN=Root CA)", Assert.Single(CertificateCheck.Problems(Upload(leaf, reversed))), StringComparison.Ordinal);
    }
}

internal static class UploadChanges
{
    public static CertificateUpload With(this CertificateUpload upload, Action<CertificateUpload> change)
    {
        change(upload);
        return upload;
    }
}
