using System.Text.Json;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Server;

/// <summary>The console process configured with Redis: readiness names it, and an outage degrades without failing.</summary>
public sealed class ConsoleWithRedisTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    private static async Task<(int Status, string Kind, string State)> CacheReportAsync(HttpClient http)
    {
        using var reply = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
        using var report = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        var cache = report.RootElement.GetProperty("checks").GetProperty("cache");
        return ((int)reply.StatusCode, cache.GetProperty("data").GetProperty("kind").GetString()!, cache.GetProperty("status").GetString()!);
    }

    [Fact]
    public async Task Readiness_reports_redis_and_a_redis_outage_as_degraded_while_the_console_serves()
    {
        await using var console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Sandbox:Enabled"] = "false",
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{_redis.Port}",
        });
        using var http = new HttpClient { BaseAddress = console.Address };

        Assert.Equal((200, "redis", "Healthy"), await CacheReportAsync(http));

        _redis.Kill();
        Assert.Equal((200, "redis", "Degraded"), await CacheReportAsync(http));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("signin", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task In_production_an_unencrypted_key_ring_in_redis_stops_startup_naming_both_settings()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Sandbox:Enabled"] = "false",
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{_redis.Port}",
            ["DataProtection:KeysPath"] = string.Empty,
        }, environment: "Production"));

        Assert.Contains("DataProtection:KeyEncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:AllowUnprotectedKeys=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_with_another_key_encryption_key_refuses_to_start_and_adds_no_key_to_the_ring()
    {
        Dictionary<string, string> Settings(string keyEncryptionKey) => new()
        {
            ["Sandbox:Enabled"] = "false",
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{_redis.Port}",
            ["DataProtection:KeysPath"] = string.Empty,
            ["DataProtection:KeyEncryptionKey"] = keyEncryptionKey,
        };
        var first = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var other = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using (var console = await ConsoleServerProcess.StartAsync(Settings(first), environment: "Production"))
        {
            using var http = new HttpClient { BaseAddress = console.Address };
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("signin", UriKind.Relative))).StatusCode);
        }

        using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var keys = await redis.GetDatabase().ListLengthAsync(EucaConsole.Server.Security.KeyRing.RedisKeyRing.Key);
        Assert.True(keys > 0);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ConsoleServerProcess.StartAsync(Settings(other), environment: "Production"));

        Assert.Contains("cannot decrypt", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:KeyEncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.Equal(keys, await redis.GetDatabase().ListLengthAsync(EucaConsole.Server.Security.KeyRing.RedisKeyRing.Key));

        // The right key still starts.
        await using var again = await ConsoleServerProcess.StartAsync(Settings(first), environment: "Production");
    }
}
