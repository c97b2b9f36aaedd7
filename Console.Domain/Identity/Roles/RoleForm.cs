namespace EucaConsole.Domain.Identity.Roles;

/// <summary>The create-role form.</summary>
public sealed class RoleForm
{
    public string Name { get; set; } = string.Empty;

    public string Path { get; set; } = "/";

    public string Description { get; set; } = string.Empty;

    public TrustKind Trust { get; set; } = TrustKind.Ec2;

    public string CustomTrustPolicy { get; set; } = TrustPolicies.Ec2Indented;

    /// <summary>Empty for no inline policy.</summary>
    public string InlinePolicyName { get; set; } = string.Empty;

    public string InlinePolicy { get; set; } = string.Empty;

    public string TrustPolicy => Trust == TrustKind.Ec2 ? TrustPolicies.Ec2 : CustomTrustPolicy;

    public bool HasInlinePolicy => InlinePolicyName.Length > 0 || InlinePolicy.Trim().Length > 0;

    public void UseTemplate(PolicyTemplate? template)
    {
        InlinePolicyName = template?.PolicyName ?? string.Empty;
        InlinePolicy = template?.Document ?? string.Empty;
    }
}
