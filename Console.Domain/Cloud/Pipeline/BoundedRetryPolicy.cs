using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>
/// The SDK's standard retries (throttling, 5xx, dropped connections, with backoff), with two limits of
/// ours: an answer that will not change (a 4xx other than throttling) is never retried, and no retry
/// starts once <c>CloudAccess:MaxRetrySeconds</c> have passed since the call began. An endpoint that
/// cannot be reached at all (connection refused, no route, unknown host) gets one quick retry, not
/// the backoff meant for a busy service: its answer will not change in the next seconds.
/// </summary>
internal sealed class BoundedRetryPolicy(IClientConfig config, TimeSpan budget) : StandardRetryPolicy(config)
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

        if (IsUnreachable(exception) && executionContext.RequestContext.Retries >= 1)
        {
            return false;
        }

        return !Started.TryGetValue(executionContext.RequestContext, out var start) || Stopwatch.GetElapsedTime(start.Value) < budget;
    }

    private static bool IsUnreachable(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused
                or System.Net.Sockets.SocketError.HostUnreachable or System.Net.Sockets.SocketError.NetworkUnreachable
                or System.Net.Sockets.SocketError.HostNotFound or System.Net.Sockets.SocketError.NoData })
            {
                return true;
            }
        }

        return false;
    }
}
