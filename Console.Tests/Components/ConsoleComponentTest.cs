using Bunit;
using EucaConsole.Components;
using EucaConsole.Domain;
using Microsoft.Extensions.DependencyInjection;

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
        // The test clouds (moto) listen on loopback, which the endpoint policy refuses by default.
        Services.Configure<EucaConsole.Domain.SignIn.SignInOptions>(o => o.AllowPrivateEndpoints = true);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only dispose asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
