namespace EucaConsole.Domain.Identity.Certificates;

/// <summary>A server certificate to upload: its name, the certificate, its private key and the chain (each PEM). The key is never stored or logged.</summary>
public sealed class CertificateUpload
{
    public string Name { get; set; } = string.Empty;

    public string CertificateBody { get; set; } = string.Empty;

    public string PrivateKey { get; set; } = string.Empty;

    public string CertificateChain { get; set; } = string.Empty;

    public override string ToString() => $"CertificateUpload {{ Name = {Name} }}";
}
