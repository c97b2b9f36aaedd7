using Amazon.EC2;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>
/// AWSSDK.EC2's client with the console's pipeline: bounded retries and the dialect's EC2 API version.
/// The settings travel in the config because the SDK builds the pipeline inside its own constructor,
/// before a subclass's fields are set.
/// </summary>
internal sealed class DialectComputeClient(AWSCredentials credentials, DialectComputeConfig config) : AmazonEC2Client(credentials, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        var settings = (DialectComputeConfig)Config;
        CloudPipeline.Customize(pipeline, Config, settings.RetryBudget, settings.ApiVersion);
    }
}
