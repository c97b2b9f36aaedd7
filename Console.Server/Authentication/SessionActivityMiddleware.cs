using System.Security.Claims;
using EucaConsole.Components.Session;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// On every request of a signed-in browser: a session that went idle (or was signed out elsewhere)
/// loses its cookie and continues as anonymous, so protected pages send it to sign-in.
/// </summary>
public sealed class SessionActivityMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionActivity activity, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(time);
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var sessionId = SessionClaims.SessionIdOf(context.User);
            var session = SessionClaims.FromPrincipal(context.User);
            var alive = sessionId is not null && session is not null
                && !session.Credentials.IsExpired(time.GetUtcNow())
                && await activity.TouchAsync(sessionId, context.RequestAborted).ConfigureAwait(false);
            if (!alive)
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                context.Items[SessionEnded] = true;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>Set on the request when this middleware ended the session (the sign-in page says why).</summary>
    public const string SessionEnded = "euca:session-ended";
}
