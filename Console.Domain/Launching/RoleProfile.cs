using EucaConsole.Domain.Identity;

namespace EucaConsole.Domain.Launching;

/// <summary>The instance profile a launch used for a role, and whether the console made it for this launch.</summary>
public sealed record RoleProfile(InstanceProfile Profile, bool Created);
