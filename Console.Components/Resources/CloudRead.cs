namespace EucaConsole.Components.Resources;

/// <summary>What <see cref="CloudCommands.ReadAsync{T}"/> read; nothing when the cloud refused (its error was shown).</summary>
public readonly record struct CloudRead<T>(bool Succeeded, T Value);
