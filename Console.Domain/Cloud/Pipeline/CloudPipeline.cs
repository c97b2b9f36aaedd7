using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>What every SDK client of the console adds to the SDK's pipeline: bounded retries, and the dialect's API version.</summary>
internal static class CloudPipeline
{
    public static void Customize(RuntimePipeline pipeline, IClientConfig config, TimeSpan retryBudget, string? apiVersion = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(new BoundedRetryPolicy(config, retryBudget)));
        pipeline.AddHandlerBefore<RetryHandler>(new CallClockHandler());
        if (apiVersion is not null)
        {
            pipeline.AddHandlerAfter<Marshaller>(new ApiVersionHandler(apiVersion));
        }
    }
}
