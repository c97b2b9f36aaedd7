namespace EucaConsole.Domain.Identity.Roles;

/// <summary>Where and why a policy document breaks; line and column count from 1.</summary>
public sealed record PolicyProblem(int Line, int Column, string Message)
{
    public override string ToString() => $"Line {Line}, column {Column}: {Message}";
}
