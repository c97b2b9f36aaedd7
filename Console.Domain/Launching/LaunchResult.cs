using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Launching;

/// <param name="Profile">The instance profile used for the role, if one was chosen.</param>
/// <param name="TaggingError">Where tags follow the create call (Eucalyptus): why tagging failed, the instances launched anyway.</param>
public sealed record LaunchResult(IReadOnlyList<Instance> Instances, RoleProfile? Profile, CloudException? TaggingError = null);
