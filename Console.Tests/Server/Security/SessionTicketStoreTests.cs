using System.Text;
using EucaConsole.Components.Session;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using EucaConsole.Server.Authentication;
using EucaConsole.Server.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EucaConsole.Tests.Server.Security;

public sealed class SessionTicketStoreTests
{
    private const string Secret = "wJalrXUtnFEMI-known-secret-for-the-scan";
    private const string Token = "FwoGZXIvYXdzEXAMPLE-known-session-token";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private sealed class RecordingCache : IDistributedCache
    {
        private readonly MemoryDistributedCache _inner = new(Options.Create(new MemoryDistributedCacheOptions()));

        public Dictionary<string, (byte[] Value, DistributedCacheEntryOptions Options)> Written { get; } = [];

        public byte[]? Get(string key) => _inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => _inner.GetAsync(key, token);

        public void Refresh(string key) => _inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => _inner.RefreshAsync(key, token);

        public void Remove(string key) => _inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => _inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => _inner.Set(key, value, options);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Written[key] = (value, options);
            // The in-memory cache checks expiry against the real clock; the recorded options are what this test reads.
            return _inner.SetAsync(key, value, new DistributedCacheEntryOptions(), token);
        }
    }

    private static AuthenticationTicket Ticket(DateTimeOffset? credentialsExpire)
    {
        var session = new SignedInSession(CloudProfile.ForAwsRegion("us-east-1"), new CloudPrincipal("123456789012", "alice", null, null),
            new CloudCredentials("ASIAEXAMPLE", Secret, Token, credentialsExpire));
        return new AuthenticationTicket(SessionClaims.ToPrincipal(session, "SID123"),
            new AuthenticationProperties { ExpiresUtc = credentialsExpire }, "Cookies");
    }

    private static (SessionTicketStore Store, RecordingCache Cache) NewStore()
    {
        var cache = new RecordingCache();
        var store = new SessionTicketStore(cache, new EphemeralDataProtectionProvider(),
            Options.Create(new ConsoleSessionOptions { MaxLifetimeHours = 12 }), new FakeTimeProvider(Now));
        return (store, cache);
    }

    [Fact]
    public async Task The_ticket_is_stored_encrypted_under_the_session_id_and_comes_back_whole()
    {
        var (store, cache) = NewStore();

        var key = await store.StoreAsync(Ticket(Now.AddHours(1)));

        Assert.Equal("SID123", key);
        var (stored, _) = Assert.Single(cache.Written.Values);
        foreach (var secret in new[] { Secret, Token })
        {
            Assert.False(stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0, "stored in clear");
            Assert.False(stored.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)) >= 0, "stored in clear (UTF-16)");
        }

        var back = SessionClaims.FromPrincipal((await store.RetrieveAsync(key))!.Principal);
        Assert.Equal(Secret, back!.Credentials.SecretAccessKey);
        Assert.Equal(Token, back.Credentials.SessionToken);
    }

    [Fact]
    public async Task The_stored_ticket_expires_with_the_credentials_and_never_after_the_longest_session()
    {
        var (store, cache) = NewStore();

        await store.StoreAsync(Ticket(Now.AddHours(1)));
        Assert.Equal(Now.AddHours(1), cache.Written.Values.Single().Options.AbsoluteExpiration);

        await store.StoreAsync(Ticket(credentialsExpire: null));
        Assert.Equal(Now.AddHours(12), cache.Written.Values.Single().Options.AbsoluteExpiration);
    }

    [Fact]
    public async Task Removing_the_ticket_ends_the_session_and_a_ticket_from_another_key_ring_is_no_session()
    {
        var (store, cache) = NewStore();
        var key = await store.StoreAsync(Ticket(Now.AddHours(1)));

        await store.RemoveAsync(key);
        Assert.Null(await store.RetrieveAsync(key));

        var other = new SessionTicketStore(cache, new EphemeralDataProtectionProvider(), Options.Create(new ConsoleSessionOptions()), new FakeTimeProvider(Now));
        await store.StoreAsync(Ticket(Now.AddHours(1)));
        Assert.Null(await other.RetrieveAsync(key));
    }
}
