using System.Security.Cryptography;
using EucaConsole.Components.Session;
using EucaConsole.Domain.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EucaConsole.Server.Authentication;

/// <summary>Starts and ends a session: the encrypted auth cookie plus its server-side activity entry.</summary>
public sealed class SessionCookie(SessionActivity activity)
{
    /// <summary>The cookie scheme that starts sessions: the session's cookie, never under the key the request brought.</summary>
    public const string StartScheme = "EucaConsole.SessionStart";

    /// <summary>
    /// Starts a new session under a new key: whatever session the browser held ends first (its ticket
    /// removed, so every copy of its cookie is refused on every process), a planted cookie included.
    /// </summary>
    public async Task SignInAsync(HttpContext context, SignedInSession session)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(session);
        await SignOutAsync(context).ConfigureAwait(false);
        var sessionId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await activity.StartAsync(sessionId, context.RequestAborted).ConfigureAwait(false);
        var properties = new AuthenticationProperties
        {
            IsPersistent = false,
            // The cookie cannot outlive the credentials it carries.
            ExpiresUtc = session.Credentials.Expiration,
            AllowRefresh = false,
        };
        await context.SignInAsync(StartScheme, SessionClaims.ToPrincipal(session, sessionId), properties).ConfigureAwait(false);
    }

    public async Task SignOutAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SessionClaims.SessionIdOf(context.User) is { } sessionId)
        {
            await activity.EndAsync(sessionId, CancellationToken.None).ConfigureAwait(false);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
    }
}
