using EucaConsole.Server.Authentication;
using EucaConsole.Server.Configuration;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EucaConsole.Tests.Server.Authentication;

public sealed class SessionActivityTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly SessionActivity _activity;

    public SessionActivityTests() =>
        _activity = new SessionActivity(
            new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())),
            Options.Create(new ConsoleSessionOptions { IdleTimeoutMinutes = 30 }), _time);

    [Fact]
    public async Task A_new_session_is_alive()
    {
        await _activity.StartAsync("s1");

        Assert.True(await _activity.IsAliveAsync("s1"));
    }

    [Fact]
    public async Task A_session_idle_longer_than_the_timeout_ends()
    {
        await _activity.StartAsync("s1");

        _time.Advance(TimeSpan.FromMinutes(31));

        Assert.False(await _activity.IsAliveAsync("s1"));
        Assert.False(await _activity.TouchAsync("s1"));
    }

    [Fact]
    public async Task Use_within_the_timeout_keeps_the_session_alive_past_the_first_deadline()
    {
        await _activity.StartAsync("s1");

        _time.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await _activity.TouchAsync("s1"));
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.True(await _activity.IsAliveAsync("s1"));
    }

    [Fact]
    public async Task Looking_is_not_using()
    {
        await _activity.StartAsync("s1");

        _time.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await _activity.IsAliveAsync("s1"));
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.False(await _activity.IsAliveAsync("s1"));
    }

    [Fact]
    public async Task An_ended_session_stays_ended_even_with_its_cookie()
    {
        await _activity.StartAsync("s1");

        await _activity.EndAsync("s1");

        Assert.False(await _activity.TouchAsync("s1"));
    }

    [Fact]
    public async Task An_unknown_session_is_not_alive() => Assert.False(await _activity.IsAliveAsync("never-started"));
}
