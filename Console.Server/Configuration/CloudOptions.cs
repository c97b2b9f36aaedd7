using EucaConsole.Domain.Cloud;

namespace EucaConsole.Server.Configuration;

/// <summary>
/// The <c>Cloud</c> section: the cloud this console is set up for. It pre-fills the sign-in form and
/// decides whether the sandbox starts (it does when no cloud is configured).
/// </summary>
public sealed class CloudOptions
{
    public const string Section = "Cloud";

    /// <summary><c>Eucalyptus</c> or <c>Aws</c>; empty means "no cloud configured".</summary>
    public CloudKind? Kind { get; set; }

    /// <summary>Eucalyptus cloud host (name or address).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = CloudProfile.DefaultEucalyptusPort;

    public bool UseHttps { get; set; }

    /// <summary>AWS region; also the signing region of a compatible endpoint.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>An AWS-compatible endpoint that serves every service.</summary>
    public Uri? EndpointUrl { get; set; }

    /// <summary>Per-service URL overrides, e.g. <c>Cloud:Endpoints:Identity</c>.</summary>
    public Dictionary<CloudService, Uri> Endpoints { get; set; } = [];

    public bool IsConfigured => Kind is not null && Kind != CloudKind.Sandbox;
}
