namespace EucaConsole.Domain.SignIn;

/// <summary>Bound from the <c>SignIn</c> configuration section.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Lifetime asked for temporary credentials (GetAccessToken, GetSessionToken). 12 hours, AWS's default.</summary>
    public int CredentialDurationSeconds { get; set; } = 43_200;

    /// <summary>How long one sign-in call may take before the endpoint counts as unreachable.</summary>
    public int RequestTimeoutSeconds { get; set; } = 15;
}
