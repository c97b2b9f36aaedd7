using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>
/// The SDK's standard retries (throttling, 5xx, dropped connections, with backoff), with two limits of
/// ours: an answer that will not change (a 4xx other than throttling) is never retried, and no retry
/// starts once <c>CloudAccess:MaxRetrySeconds</c> have passed since the call began.
/// </summary>
public sealed class BoundedRetryPolicy(IClientConfig config, TimeSpan budget) : StandardRetryPolicy(config)
{
    private static readonly ConditionalWeakTable<IRequestContext, StrongBox<long>> Started = new();

    /// <summary>Marks when a call began (before its first attempt).</summary>
    internal static void MarkStart(IRequestContext context) =>
        Started.AddOrUpdate(context, new StrongBox<long>(Stopwatch.GetTimestamp()));

    public override bool RetryForException(IExecutionContext executionContext, Exception exception) =>
        MayRetry(executionContext, exception) && base.RetryForException(executionContext, exception);

    // The SDK's async path asks this one, not the synchronous method above.
    public override async Task<bool> RetryForExceptionAsync(IExecutionContext executionContext, Exception exception) =>
        MayRetry(executionContext, exception) && await base.RetryForExceptionAsync(executionContext, exception).ConfigureAwait(false);

    private bool MayRetry(IExecutionContext executionContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        if (exception is AmazonServiceException { StatusCode: var status } && (int)status is >= 400 and < 500
            && status != HttpStatusCode.TooManyRequests && !IsThrottlingError(exception))
        {
            return false;
        }

        return !Started.TryGetValue(executionContext.RequestContext, out var start) || Stopwatch.GetElapsedTime(start.Value) < budget;
    }
}
