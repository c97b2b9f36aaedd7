using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>Sits before the retry handler: marks when a call began, for <see cref="BoundedRetryPolicy"/>.</summary>
internal sealed class CallClockHandler : PipelineHandler
{
    public override void InvokeSync(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        BoundedRetryPolicy.MarkStart(executionContext.RequestContext);
        base.InvokeSync(executionContext);
    }

    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        BoundedRetryPolicy.MarkStart(executionContext.RequestContext);
        return base.InvokeAsync<T>(executionContext);
    }
}
