using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Access;

/// <summary>The steps deleting a user or group took, in order, as IAM requires them; the last is the deletion itself.</summary>
public sealed record RemovalReport(string What, IReadOnlyList<string> Steps)
{
    public string Describe() => Say.T("Deleted {0}", What) + (Steps.Count == 0 ? "." : $" after: {string.Join("; ", Steps)}.");
}
