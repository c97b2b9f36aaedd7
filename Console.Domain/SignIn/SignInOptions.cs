namespace EucaConsole.Domain.SignIn;

/// <summary>Bound from the <c>SignIn</c> configuration section.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Lifetime asked for temporary credentials (GetAccessToken, GetSessionToken). 12 hours, AWS's default.</summary>
    public int CredentialDurationSeconds { get; set; } = 43_200;

    /// <summary>How long one sign-in call may take before the endpoint counts as unreachable.</summary>
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// With a configured cloud (<c>Cloud:Kind</c>), the sign-in form signs in to that cloud only; true lets
    /// users type another host or endpoint. Without a configured cloud, typed endpoints are always allowed.
    /// </summary>
    public bool AllowCustomEndpoints { get; set; }

    /// <summary>
    /// Typed endpoints may resolve to loopback or private addresses (the sandbox and tests set it).
    /// Link-local and instance-metadata addresses are refused whatever this says.
    /// </summary>
    public bool AllowPrivateEndpoints { get; set; }
}
