using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Roles;

/// <summary>Where and why a policy document breaks; line and column count from 1.</summary>
public sealed record PolicyProblem(int Line, int Column, string Message)
{
    public override string ToString() => Say.T("Line {0}, column {1}: {2}", Line, Column, Message);
}
