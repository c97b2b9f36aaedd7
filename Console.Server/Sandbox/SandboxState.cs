namespace EucaConsole.Server.Sandbox;

public enum SandboxState
{
    /// <summary>A cloud is configured (or the sandbox is switched off).</summary>
    Disabled,

    /// <summary>moto_server is not on this machine.</summary>
    NotInstalled,

    Starting,
    Running,
    Failed,
}
