namespace EucaConsole.Domain.Compute;

public sealed record CloudRegion(string Name, string Endpoint);
