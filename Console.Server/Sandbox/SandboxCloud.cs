using EucaConsole.Domain.Cloud;

namespace EucaConsole.Server.Sandbox;

/// <summary>
/// What the sign-in page and the readiness check know about the embedded sandbox cloud. The demo
/// user's access key stays here, in server memory; the browser only ever sees a "Sandbox" button.
/// </summary>
public sealed class SandboxCloud
{
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SandboxState State { get; private set; } = SandboxState.Starting;

    public Uri? Endpoint { get; private set; }

    public string Region { get; private set; } = "us-east-1";

    /// <summary>Why the sandbox is not running, for the sign-in page and logs.</summary>
    public string? Problem { get; private set; }

    internal SandboxDemoUser? DemoUser { get; private set; }

    /// <summary>Completes when the sandbox is running, failed, or will not start.</summary>
    public Task Settled => _settled.Task;

    public CloudProfile? Profile => State == SandboxState.Running && Endpoint is not null
        ? CloudProfile.ForSandbox(Endpoint, Region)
        : null;

    internal void MarkStarting(Uri endpoint, string region)
    {
        Endpoint = endpoint;
        Region = region;
        // A restart stays "Restarting" (with its reason) until the sandbox runs again.
        State = State == SandboxState.Restarting ? SandboxState.Restarting : SandboxState.Starting;
    }

    internal void MarkRunning(SandboxDemoUser demoUser)
    {
        DemoUser = demoUser;
        Problem = null;
        State = SandboxState.Running;
        _settled.TrySetResult();
    }

    internal void MarkRestarting(string problem)
    {
        State = SandboxState.Restarting;
        Problem = problem;
    }

    internal void MarkUnavailable(SandboxState state, string? problem)
    {
        State = state;
        Problem = problem;
        _settled.TrySetResult();
    }
}
