using EucaConsole.Components.Session;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// Re-checks a live circuit's session every minute: idle too long, signed out in another tab, or
/// credentials expired, and the circuit becomes anonymous (its pages then send it to sign-in).
/// </summary>
public sealed class SessionRevalidation(ILoggerFactory loggerFactory, SessionActivity activity, TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        var session = SessionClaims.FromPrincipal(authenticationState.User);
        return session is not null
            && !session.Credentials.IsExpired(time.GetUtcNow())
            && SessionClaims.SessionIdOf(authenticationState.User) is { } sessionId
            && await activity.IsAliveAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }
}
