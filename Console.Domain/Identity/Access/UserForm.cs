namespace EucaConsole.Domain.Identity.Access;

/// <summary>A new user: name, path, groups to join, and optionally a console password and an access key.</summary>
public sealed class UserForm
{
    public string Name { get; set; } = string.Empty;

    public string Path { get; set; } = "/";

    public List<string> Groups { get; set; } = [];

    public PasswordChoice Password { get; set; } = PasswordChoice.None;

    /// <summary>The password typed, when <see cref="Password"/> is <see cref="PasswordChoice.Typed"/>.</summary>
    public string TypedPassword { get; set; } = string.Empty;

    public bool ResetRequired { get; set; } = true;

    public bool CreateAccessKey { get; set; }
}

public enum PasswordChoice
{
    None,
    Typed,
    Random,
}
