namespace EucaConsole.Domain.Compute;

public sealed record AvailabilityZone(string Name, string State, string Region);
