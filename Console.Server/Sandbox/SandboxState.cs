namespace EucaConsole.Server.Sandbox;

public enum SandboxState
{
    /// <summary>A cloud is configured (or the sandbox is switched off).</summary>
    Disabled,

    /// <summary>moto_server is not on this machine.</summary>
    NotInstalled,

    Starting,
    Running,

    /// <summary>moto_server exited or stopped answering; the console is starting it again.</summary>
    Restarting,

    Failed,
}
