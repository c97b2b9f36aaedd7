namespace EucaConsole.Server.Configuration;

/// <summary>The <c>SignInThrottle</c> section: how repeated failed sign-ins from one client are slowed.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignInThrottle";

    /// <summary>Failures allowed at full speed within the window.</summary>
    public int FreeFailures { get; set; } = 3;

    /// <summary>Failures older than this are forgotten.</summary>
    public int WindowMinutes { get; set; } = 15;

    /// <summary>The delay doubles with each failure beyond the free ones, up to this.</summary>
    public int MaxDelaySeconds { get; set; } = 30;
}
