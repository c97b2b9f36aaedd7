namespace EucaConsole.Domain.Identity;

/// <summary>An uploaded TLS certificate, usable by HTTPS and SSL load balancer listeners (by its ARN).</summary>
public sealed record ServerCertificate(string Name, string Id, string Arn, string Path, DateTimeOffset? Uploaded, DateTimeOffset? Expiration);
