namespace EucaConsole.Domain.Compute;

/// <summary>A virtual private cloud: its address range, state (pending, available), whether it is the region's default, and its tags.</summary>
public sealed record Vpc(string Id, string CidrBlock, string State, bool IsDefault, string? DhcpOptionsId, string? InstanceTenancy, IReadOnlyList<Tag> Tags)
{
    public string? Name => Tags.FirstOrDefault(t => t.Key == "Name")?.Value;
}
