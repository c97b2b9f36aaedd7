using EucaConsole.Tests.Domain.SignIn;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// A Eucalyptus cloud as a path-style layout presents it: nginx answering <c>/services/Tokens</c> from a
/// Tokens stub and <c>/services/compute</c>, <c>/AutoScaling</c>, <c>/LoadBalancing</c>, <c>/Euare</c>,
/// <c>/CloudFormation</c> from moto (region "eucalyptus"); the console configured for that cloud; Chromium.
/// nginx logs each request's body, so a test can see exactly what crossed.
/// </summary>
public sealed class EucalyptusPathStyleFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private TokensStub? _tokens;

    public EucalyptusMotoServer Moto { get; } = new();

    public NginxProxy Cloud { get; private set; } = default!;

    public ConsoleServerProcess Console { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Moto.InitializeAsync();
        _tokens = await TokensStub.StartAsync();
        // The credentials must outlive the test: the recorded reply's expiry is in the past.
        var success = TokensReplyTests.Success.Replace("2026-11-25T14:00:00Z",
            DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        _tokens.Reply = seen => seen.Path == "/services/Tokens" ? (200, success) : (404, "<html>no</html>");
        Cloud = await NginxProxy.StartAsync($$"""
                    location /services/Tokens {
                        proxy_pass http://127.0.0.1:{{_tokens.Port}};
                        proxy_set_header Host $http_host;
                    }
                    location ~ ^/services/(compute|AutoScaling|LoadBalancing|Euare|CloudFormation)/?$ {
                        rewrite ^ / break;
                        proxy_pass http://127.0.0.1:{{Moto.Endpoint.Port}};
                        proxy_set_header Host $http_host;
                    }
            """);
        Console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cloud:Kind"] = "Eucalyptus",
            ["Cloud:Host"] = "127.0.0.1",
            ["Cloud:Port"] = Cloud.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sandbox:Enabled"] = "false",
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Console is not null)
        {
            await Console.DisposeAsync();
        }

        if (Cloud is not null)
        {
            await Cloud.DisposeAsync();
        }

        if (_tokens is not null)
        {
            await _tokens.DisposeAsync();
        }

        await Moto.DisposeAsync();
    }
}
