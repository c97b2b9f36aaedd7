using System.Text;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;
using StackExchange.Redis;

namespace EucaConsole.Tests.Browser;

/// <summary>
/// After signing in with a known secret, nothing a browser, Redis or the log holds contains the secret,
/// the temporary secret or the session token: the cookie is an opaque id, the session ticket and the key
/// ring in Redis are encrypted.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class CredentialsAtRestTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    private async Task<string[]> CredentialsTheConsoleWillHoldAsync()
    {
        // moto answers GetSessionToken with the same temporary credentials every time: ask it what the console will get.
        using var sts = new AmazonSecurityTokenServiceClient(new BasicAWSCredentials(fixture.SigningMoto.AccessKeyId, fixture.SigningMoto.SecretAccessKey),
            new AmazonSecurityTokenServiceConfig { ServiceURL = fixture.SigningMoto.Endpoint.ToString(), AuthenticationRegion = "us-east-1" });
        var temporary = (await sts.GetSessionTokenAsync(new GetSessionTokenRequest())).Credentials;
        return [fixture.SigningMoto.SecretAccessKey, temporary.SecretAccessKey, temporary.SessionToken];
    }

    private static async Task<(string Text, List<string> Keys)> EverythingInRedisAsync(int port)
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port}");
        var database = redis.GetDatabase();
        var text = new StringBuilder();
        var keys = new List<string>();
        foreach (var key in redis.GetServer("127.0.0.1", port).Keys(pattern: "*"))
        {
            keys.Add(key.ToString());
            text.Append(key).Append('\n');
            switch (await database.KeyTypeAsync(key))
            {
                case RedisType.String:
                    text.Append(Encoding.UTF8.GetString((byte[])(await database.StringGetAsync(key))!));
                    break;
                case RedisType.Hash:
                    foreach (var entry in await database.HashGetAllAsync(key))
                    {
                        text.Append(entry.Name).Append('=').Append(Encoding.UTF8.GetString((byte[])entry.Value!)).Append('\n');
                    }

                    break;
                case RedisType.List:
                    foreach (var item in await database.ListRangeAsync(key))
                    {
                        text.Append(item.ToString()).Append('\n');
                    }

                    break;
                default:
                    text.Append("(type not read)");
                    break;
            }
        }

        return (text.ToString(), keys);
    }

    [Fact]
    public async Task Neither_cookie_nor_redis_nor_any_page_nor_the_log_contains_a_secret_and_sign_out_removes_the_session()
    {
        var secrets = await CredentialsTheConsoleWillHoldAsync();
        await using var console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Sandbox:Enabled"] = "false",
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["DataProtection:KeyEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["DataProtection:KeysPath"] = string.Empty,
        });
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = console.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin?mode=aws");
        await page.GetByTestId("aws-endpoint").FillAsync(fixture.SigningMoto.Endpoint.ToString());
        await page.GetByTestId("aws-access-key").FillAsync(fixture.SigningMoto.AccessKeyId);
        await page.GetByTestId("aws-secret-key").FillAsync(fixture.SigningMoto.SecretAccessKey);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToHaveTextAsync("123456789012/alice", new() { Timeout = 30_000 });

        var pages = new StringBuilder();
        foreach (var route in SecurityPolicyTests.Routes())
        {
            await page.GotoAsync(route);
            await page.WaitForLoadStateAsync(LoadState.Load);
            pages.Append(await page.ContentAsync());
        }

        var cookies = await context.CookiesAsync();
        var session = Assert.Single(cookies, c => c.Name == "euca.session");
        var (redis, keys) = await EverythingInRedisAsync(_redis.Port);

        // Not vacuous: the session lives in Redis, the ring is there and encrypted, the cookie is small.
        Assert.Contains(keys, key => key.Contains("session-ticket:", StringComparison.Ordinal));
        Assert.Contains("aesGcmEncryptedKey", redis, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", redis, StringComparison.Ordinal);
        Assert.True(session.Value.Length < 1000, $"the cookie is {session.Value.Length} characters: it carries more than an id");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, string.Join("\n", cookies.Select(c => c.Value)), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, redis, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, pages.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, console.Log, StringComparison.Ordinal);
        }

        await page.GotoAsync("/");
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"), new() { Timeout = 30_000 });
        var (_, after) = await EverythingInRedisAsync(_redis.Port);
        Assert.DoesNotContain(after, key => key.Contains("session-ticket:", StringComparison.Ordinal));
        await context.CloseAsync();
    }
}
