namespace EucaConsole.Domain.Compute;

/// <summary>An instance's settings the console changes in place.</summary>
/// <param name="TerminationProtection">When on, TerminateInstances refuses the instance.</param>
/// <param name="ShutdownBehavior">"stop" or "terminate": what a shutdown from inside the instance does.</param>
public sealed record InstanceSettings(bool TerminationProtection, string ShutdownBehavior);
