namespace EucaConsole.Server.Configuration;

/// <summary>The <c>Session</c> section.</summary>
public sealed class ConsoleSessionOptions
{
    public const string Section = "Session";

    /// <summary>A session with no request and no circuit activity for this long ends.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleTimeoutMinutes);

    /// <summary>
    /// The longest a session lives, even while used; a session also ends when its temporary credentials do.
    /// Bounds sessions that kept a long-term access key (an endpoint refused GetSessionToken).
    /// </summary>
    public int MaxLifetimeHours { get; set; } = 12;

    public TimeSpan MaxLifetime => TimeSpan.FromHours(MaxLifetimeHours);
}
