namespace EucaConsole.Domain.Cloud;

/// <summary>
/// Where the signed-in user's cloud is and how to reach each of its services.
/// Built at sign-in from the form (and configuration), kept with the session.
/// </summary>
public sealed record CloudProfile
{
    public const int DefaultEucalyptusPort = 8773;
    public const string DefaultEucalyptusRegion = "eucalyptus";

    public required CloudKind Kind { get; init; }

    /// <summary>The region used for SigV4 signing and, on AWS, for endpoint names.</summary>
    public required string Region { get; init; }

    /// <summary>Eucalyptus only: the cloud host (name or address) without scheme or port.</summary>
    public string? Host { get; init; }

    public int Port { get; init; } = DefaultEucalyptusPort;

    public bool UseHttps { get; init; }

    public EucalyptusAddressing Addressing { get; init; } = EucalyptusAddressing.DnsStyle;

    /// <summary>AWS-compatible endpoint or sandbox: one URL that serves every service.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Per-service URLs from configuration; they win over everything derived.</summary>
    public IReadOnlyDictionary<CloudService, Uri> Overrides { get; init; } = new Dictionary<CloudService, Uri>();

    /// <summary>What this kind of cloud understands (tags at create, API version, instance types, ...).</summary>
    public CloudDialect Dialect => CloudDialect.For(Kind);

    public static CloudProfile ForAwsRegion(string region) => new() { Kind = CloudKind.Aws, Region = region };

    public static CloudProfile ForCompatibleEndpoint(Uri endpoint, string region) =>
        new() { Kind = CloudKind.Aws, Region = region, EndpointUrl = endpoint };

    public static CloudProfile ForEucalyptus(string host, int port, EucalyptusAddressing addressing, bool useHttps = false) =>
        new()
        {
            Kind = CloudKind.Eucalyptus,
            Region = DefaultEucalyptusRegion,
            Host = host,
            Port = port,
            Addressing = addressing,
            UseHttps = useHttps,
        };

    public static CloudProfile ForSandbox(Uri endpoint, string region) =>
        new() { Kind = CloudKind.Sandbox, Region = region, EndpointUrl = endpoint };

    /// <summary>Short text for the top bar and the dashboard: region, endpoint or host.</summary>
    public string Describe() => Kind switch
    {
        CloudKind.Aws when EndpointUrl is not null => $"{EndpointUrl.Authority} ({Region})",
        CloudKind.Aws => $"AWS {Region}",
        CloudKind.Eucalyptus => $"Eucalyptus {Host}:{Port}",
        _ => $"Sandbox {EndpointUrl?.Authority}",
    };
}
