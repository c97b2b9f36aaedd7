namespace EucaConsole.Server.Configuration;

/// <summary>The <c>Sandbox</c> section: the embedded moto cloud.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Null (default): start the sandbox only when no cloud is configured.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The moto server command, looked up on PATH when not a path.</summary>
    public string MotoServer { get; set; } = "moto_server";

    /// <summary>Python for the seed script; by default the interpreter of moto_server's script, else python3.</summary>
    public string? Python { get; set; }

    public string Region { get; set; } = "us-east-1";

    public int StartTimeoutSeconds { get; set; } = 60;

    /// <summary>Seed demo resources after start. Tests that want an empty cloud turn it off.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>How often the running sandbox is checked; three failed checks in a row count as stopped.</summary>
    public int ProbeSeconds { get; set; } = 5;

    /// <summary>Restarts tried in a row (waiting 1, 2, 4, … s between) before the sandbox is given up as failed.</summary>
    public int MaxRestarts { get; set; } = 5;
}
