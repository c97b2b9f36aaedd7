using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Firewall;

/// <summary>
/// Applies a reviewed rule change one call per rule, additions first (so replacing a rule never leaves a
/// moment with neither), and stops at the first failure, reporting exactly what was and was not applied.
/// </summary>
public sealed class RuleChangeApplier(ISecurityGroupService groups)
{
    public async Task<RuleChangeReport> ApplyAsync(string groupId, RuleChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var steps = change.Added.Select(r => new RuleStep(r, true)).Concat(change.Removed.Select(r => new RuleStep(r, false))).ToList();
        var applied = new List<RuleStep>();
        foreach (var step in steps)
        {
            try
            {
                await CallAsync(groupId, step, cancellationToken).ConfigureAwait(false);
                applied.Add(step);
            }
            catch (CloudException error)
            {
                return new RuleChangeReport(applied, step, error.Describe(), [.. steps.Skip(applied.Count + 1)]);
            }
        }

        return new RuleChangeReport(applied, null, null, []);
    }

    private Task CallAsync(string groupId, RuleStep step, CancellationToken cancellationToken)
    {
        var rule = step.Rule.ToSecurityRule();
        return (step.Rule.Direction, step.Adding) switch
        {
            (RuleDirection.Ingress, true) => groups.AuthorizeIngressAsync(groupId, rule, cancellationToken),
            (RuleDirection.Ingress, false) => groups.RevokeIngressAsync(groupId, rule, cancellationToken),
            (RuleDirection.Egress, true) => groups.AuthorizeEgressAsync(groupId, rule, cancellationToken),
            _ => groups.RevokeEgressAsync(groupId, rule, cancellationToken),
        };
    }
}
