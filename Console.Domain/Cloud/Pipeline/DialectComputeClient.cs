using Amazon.EC2;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>AWSSDK.EC2's client with the console's pipeline: bounded retries and the dialect's EC2 API version.</summary>
public sealed class DialectComputeClient(AWSCredentials credentials, AmazonEC2Config config, TimeSpan retryBudget, string? apiVersion)
    : AmazonEC2Client(credentials, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        CloudPipeline.Customize(pipeline, Config, retryBudget, apiVersion);
    }
}
