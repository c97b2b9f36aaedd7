using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Roles;

/// <summary>What deleting a role took, to tell the user.</summary>
public sealed record RoleDeletionReport(string RoleName, IReadOnlyList<string> RemovedFromProfiles, IReadOnlyList<string> DeletedInlinePolicies,
    IReadOnlyList<string> DetachedPolicies)
{
    public string Describe()
    {
        var parts = new List<string> { Say.T("Deleted role {0}.", RoleName) };
        if (RemovedFromProfiles.Count > 0)
        {
            parts.Add(RemovedFromProfiles.Count == 1
                ? Say.T("Removed it from instance profile {0} (kept, now empty).", RemovedFromProfiles[0])
                : Say.T("Removed it from instance profiles {0} (kept, now empty).", string.Join(", ", RemovedFromProfiles)));
        }

        if (DeletedInlinePolicies.Count > 0)
        {
            parts.Add(DeletedInlinePolicies.Count == 1
                ? Say.T("Deleted inline policy {0}.", DeletedInlinePolicies[0])
                : Say.T("Deleted inline policies {0}.", string.Join(", ", DeletedInlinePolicies)));
        }

        if (DetachedPolicies.Count > 0)
        {
            parts.Add(DetachedPolicies.Count == 1
                ? Say.T("Detached managed policy {0}.", DetachedPolicies[0])
                : Say.T("Detached managed policies {0}.", string.Join(", ", DetachedPolicies)));
        }

        return string.Join(' ', parts);
    }
}
