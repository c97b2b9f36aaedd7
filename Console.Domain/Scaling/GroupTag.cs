namespace EucaConsole.Domain.Scaling;

/// <summary>A scaling group's tag; with <see cref="PropagateAtLaunch"/> every instance it launches carries it too.</summary>
public sealed record GroupTag(string Key, string Value, bool PropagateAtLaunch = true);
