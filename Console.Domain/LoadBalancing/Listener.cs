namespace EucaConsole.Domain.LoadBalancing;

/// <param name="Protocol">HTTP, HTTPS, TCP or SSL.</param>
/// <param name="SslCertificateId">The server certificate ARN for HTTPS and SSL listeners.</param>
public sealed record Listener(string Protocol, int LoadBalancerPort, string InstanceProtocol, int InstancePort, string? SslCertificateId = null);
