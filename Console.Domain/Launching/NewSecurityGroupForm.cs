namespace EucaConsole.Domain.Launching;

/// <summary>A security group made inline in a wizard, optionally open for SSH from one network.</summary>
public sealed class NewSecurityGroupForm
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    /// <summary>Empty for no rule; else a CIDR such as 203.0.113.0/24 allowed TCP 22.</summary>
    public string SshFrom { get; set; } = string.Empty;
}
