namespace EucaConsole.Domain.Compute;

public sealed record SecurityGroup(
    string Id,
    string Name,
    string Description,
    string OwnerId,
    string? VpcId,
    IReadOnlyList<SecurityRule> Ingress,
    IReadOnlyList<SecurityRule> Egress,
    IReadOnlyList<Tag> Tags);
