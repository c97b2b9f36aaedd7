using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Launching;

/// <param name="Profile">The instance profile used for the role, if one was chosen.</param>
public sealed record LaunchResult(IReadOnlyList<Instance> Instances, RoleProfile? Profile);
