using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Certificates;

/// <summary>
/// Checks a server certificate before it is uploaded, locally: the certificate and each chain entry are
/// PEM certificates, the private key is one and belongs to the certificate, and the chain runs from the
/// certificate's issuer upwards. Each problem is said plainly; the key's text is never repeated.
/// </summary>
public static class CertificateCheck
{
    public const string NamePattern = @"^[A-Za-z0-9_+=,.@-]{1,128}$";

    public static IReadOnlyList<string> Problems(CertificateUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var problems = new List<string>();
        if (!System.Text.RegularExpressions.Regex.IsMatch(upload.Name, NamePattern))
        {
            problems.Add(Say.T("A certificate name has 1 to 128 ASCII letters, digits or + = , . @ _ - characters."));
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(upload.CertificateBody);
        }
        catch (Exception error) when (error is CryptographicException or ArgumentException)
        {
            problems.Add(Say.T("The certificate is not a PEM certificate (\"-----BEGIN CERTIFICATE-----\")."));
            return problems;
        }

        using (certificate)
        {
            if (!upload.PrivateKey.Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                problems.Add(Say.T("The private key is not a PEM private key (\"-----BEGIN RSA PRIVATE KEY-----\" or \"-----BEGIN PRIVATE KEY-----\")."));
            }
            else
            {
                try
                {
                    using var withKey = X509Certificate2.CreateFromPem(upload.CertificateBody, upload.PrivateKey);
                }
                catch (Exception error) when (error is CryptographicException or ArgumentException)
                {
                    problems.Add(Say.T("The private key does not belong to this certificate (or cannot be read)."));
                }
            }

            if (certificate.NotAfter < DateTime.UtcNow)
            {
                problems.Add(Say.T("The certificate expired on {0:yyyy-MM-dd}.", certificate.NotAfter));
            }

            problems.AddRange(ChainProblems(certificate, upload.CertificateChain));
        }

        return problems;
    }

    private static IEnumerable<string> ChainProblems(X509Certificate2 leaf, string chainPem)
    {
        if (string.IsNullOrWhiteSpace(chainPem))
        {
            yield break;
        }

        X509Certificate2Collection chain = [];
        string? problem = null;
        try
        {
            chain.ImportFromPem(chainPem);
        }
        catch (Exception error) when (error is CryptographicException or ArgumentException)
        {
            problem = Say.T("The chain is not a list of PEM certificates.");
        }

        if (problem is null && chain.Count == 0)
        {
            problem = Say.T("The chain holds no certificate.");
        }

        if (problem is not null)
        {
            yield return problem;
            yield break;
        }

        var previous = leaf;
        for (var i = 0; i < chain.Count; i++)
        {
            if (previous.Issuer != chain[i].Subject)
            {
                yield return Say.T("The chain is out of order: entry {0} ({1}) did not issue {2}; give the issuer first, then its issuer, up to the root.", i + 1, chain[i].Subject, previous.Subject);
                yield break;
            }

            previous = chain[i];
        }
    }
}
