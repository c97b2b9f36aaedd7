namespace EucaConsole.Domain.LoadBalancing;

/// <summary>A load balancer to create: name, zones, listeners, health check and the instances to register.</summary>
public sealed class BalancerForm
{
    public string Name { get; set; } = string.Empty;

    public List<string> Zones { get; set; } = [];

    /// <summary>Where the cloud has a VPC: the subnets (one per zone) the balancer lives in; when given, they place it instead of <see cref="Zones"/>.</summary>
    public List<string> Subnets { get; set; } = [];

    /// <summary>A VPC balancer's security groups.</summary>
    public List<string> SecurityGroups { get; set; } = [];

    public bool CrossZone { get; set; }

    public bool Draining { get; set; }

    public int DrainingTimeout { get; set; } = 300;

    public BalancerAttributes Attributes => new(CrossZone, Draining, DrainingTimeout);

    public List<ListenerRow> Listeners { get; set; } = [new()];

    public HealthCheckForm Check { get; set; } = new();

    public List<string> InstanceIds { get; set; } = [];

}

/// <summary>One listener as typed.</summary>
public sealed class ListenerRow
{
    public string Protocol { get; set; } = "HTTP";

    public int LoadBalancerPort { get; set; } = 80;

    public string InstanceProtocol { get; set; } = "HTTP";

    public int InstancePort { get; set; } = 80;

    /// <summary>The server certificate's ARN, for HTTPS and SSL.</summary>
    public string CertificateArn { get; set; } = string.Empty;

    public bool NeedsCertificate => Protocol is "HTTPS" or "SSL";

    public Listener ToListener() => new(Protocol, LoadBalancerPort, InstanceProtocol, InstancePort, NeedsCertificate ? CertificateArn : null);
}
