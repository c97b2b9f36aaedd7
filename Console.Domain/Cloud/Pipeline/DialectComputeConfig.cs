using Amazon.EC2;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>EC2 client settings plus what the console's pipeline needs (see <see cref="DialectComputeClient"/>).</summary>
internal sealed class DialectComputeConfig : AmazonEC2Config
{
    /// <summary>The EC2 API version to send; null sends the SDK's own.</summary>
    public string? ApiVersion { get; init; }

    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(5);
}
