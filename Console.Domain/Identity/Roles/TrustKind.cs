namespace EucaConsole.Domain.Identity.Roles;

/// <summary>Who may take a new role: EC2 instances (the preset), or a trust policy the user writes.</summary>
public enum TrustKind
{
    Ec2,
    Custom,
}
