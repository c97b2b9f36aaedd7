using EucaConsole.Components.Session;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// Counts what the user does inside a live circuit (clicks, typing, navigation) as session activity;
/// a Blazor circuit sends no HTTP requests, so without this an active user would time out.
/// </summary>
public sealed class SessionCircuitHandler(AuthenticationStateProvider authentication, SessionActivity activity, TimeProvider time) : CircuitHandler
{
    private DateTimeOffset _lastTouch = DateTimeOffset.MinValue;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var now = time.GetUtcNow();
            if (now - _lastTouch >= SessionActivity.WriteInterval)
            {
                _lastTouch = now;
                // ConfigureAwait(true): the rest of the pipeline (next) must run on the circuit's dispatcher.
                // With Redis the touch completes asynchronously; resuming on the thread pool instead left
                // every circuit blank behind a balancer.
                var state = await authentication.GetAuthenticationStateAsync().ConfigureAwait(true);
                if (SessionClaims.SessionIdOf(state.User) is { } sessionId)
                {
                    await activity.TouchAsync(sessionId).ConfigureAwait(true);
                }
            }

            await next(context).ConfigureAwait(true);
        };
}
