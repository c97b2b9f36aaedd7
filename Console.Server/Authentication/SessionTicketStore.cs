using System.Security.Cryptography;
using EucaConsole.Components.Session;
using EucaConsole.Server.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// Keeps each session's ticket (its identity and temporary cloud credentials) on the server, so the
/// cookie carries only an opaque, protected session id. Stored in the distributed cache (Redis when
/// configured, so every console process finds it; memory otherwise), encrypted with Data Protection,
/// expiring with the credentials, and removed at sign-out.
/// </summary>
public sealed class SessionTicketStore(IDistributedCache store, IDataProtectionProvider protection, IOptions<ConsoleSessionOptions> options,
    TimeProvider time) : ITicketStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("EucaConsole.SessionTicket.v1");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = SessionClaims.SessionIdOf(ticket.Principal) ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await RenewAsync(key, ticket).ConfigureAwait(false);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var latest = time.GetUtcNow() + options.Value.MaxLifetime;
        var expires = ticket.Properties.ExpiresUtc is { } credentialsEnd && credentialsEnd < latest ? credentialsEnd : latest;
        var protectedTicket = _protector.Protect(TicketSerializer.Default.Serialize(ticket));
        return store.SetAsync(Key(key), protectedTicket, new DistributedCacheEntryOptions { AbsoluteExpiration = expires });
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var bytes = await store.GetAsync(Key(key)).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            // Written with a key this ring no longer has, or tampered with: no session.
            return null;
        }
    }

    public Task RemoveAsync(string key) => store.RemoveAsync(Key(key));

    private static string Key(string sessionId) => "session-ticket:" + sessionId;
}
