using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Firewall;

/// <summary>What applying a <see cref="RuleChange"/> did: each rule applied, the one that failed (and why), and those not tried after it.</summary>
public sealed record RuleChangeReport(IReadOnlyList<RuleStep> Applied, RuleStep? Failed, string? Error, IReadOnlyList<RuleStep> NotTried)
{
    public bool Succeeded => Failed is null;
}

/// <param name="Adding">True for an Authorize call, false for a Revoke.</param>
public sealed record RuleStep(GroupRule Rule, bool Adding)
{
    public string Describe(Func<string, string>? groupName = null) => Adding ? Say.T("add {0}", Rule.Describe(groupName)) : Say.T("remove {0}", Rule.Describe(groupName));
}
