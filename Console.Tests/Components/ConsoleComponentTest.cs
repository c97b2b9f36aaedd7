using Bunit;
using EucaConsole.Components;
using EucaConsole.Domain;

namespace EucaConsole.Tests.Components;

/// <summary>
/// A bUnit context with the console's components and domain services registered (JS calls answered
/// loosely); a test then replaces the cloud services with its own answers.
/// </summary>
public abstract class ConsoleComponentTest : BunitContext, IAsyncLifetime
{
    protected ConsoleComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
        Services.AddConsoleDomain();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only dispose asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
