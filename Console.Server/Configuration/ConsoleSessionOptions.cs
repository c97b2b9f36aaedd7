namespace EucaConsole.Server.Configuration;

/// <summary>The <c>Session</c> section.</summary>
public sealed class ConsoleSessionOptions
{
    public const string Section = "Session";

    /// <summary>A session with no request and no circuit activity for this long ends.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleTimeoutMinutes);
}
