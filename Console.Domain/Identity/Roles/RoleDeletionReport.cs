namespace EucaConsole.Domain.Identity.Roles;

/// <summary>What deleting a role took, to tell the user.</summary>
public sealed record RoleDeletionReport(string RoleName, IReadOnlyList<string> RemovedFromProfiles, IReadOnlyList<string> DeletedInlinePolicies,
    IReadOnlyList<string> DetachedPolicies)
{
    public string Describe()
    {
        var parts = new List<string> { $"Deleted role {RoleName}." };
        if (RemovedFromProfiles.Count > 0)
        {
            parts.Add($"Removed it from instance profile{Plural(RemovedFromProfiles)} {string.Join(", ", RemovedFromProfiles)} (kept, now empty).");
        }

        if (DeletedInlinePolicies.Count > 0)
        {
            parts.Add($"Deleted inline polic{(DeletedInlinePolicies.Count == 1 ? "y" : "ies")} {string.Join(", ", DeletedInlinePolicies)}.");
        }

        if (DetachedPolicies.Count > 0)
        {
            parts.Add($"Detached managed polic{(DetachedPolicies.Count == 1 ? "y" : "ies")} {string.Join(", ", DetachedPolicies)}.");
        }

        return string.Join(' ', parts);
    }

    private static string Plural(IReadOnlyList<string> items) => items.Count == 1 ? string.Empty : "s";
}
