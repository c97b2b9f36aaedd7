using Microsoft.Playwright;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// One console (with its sandbox), one signature-checking moto for "wrong secret" cases, and Debian's
/// Chromium driven by Playwright, shared by the browser tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public ConsoleServerProcess Console { get; private set; } = default!;

    public SigningMotoServer SigningMoto { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await SigningMoto.InitializeAsync();
        await SigningMoto.CreateAdminUserAsync();
        Console = await ConsoleServerProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(string colorScheme = "light")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Console.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in to the sandbox, on the dashboard.</summary>
    public async Task<IPage> SandboxPageAsync(string colorScheme = "light")
    {
        var page = await NewPageAsync(colorScheme);
        await page.GotoAsync("/signin?mode=sandbox");
        await page.GetByTestId("sandbox-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-identity")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page;
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
            // Kept with the test results: a page error caught by a boundary shows only here.
            Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "TestResults"));
            await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Root, "TestResults", "browser-console.log"), Console.Log);
        }

        await SigningMoto.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
