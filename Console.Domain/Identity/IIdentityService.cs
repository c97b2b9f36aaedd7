namespace EucaConsole.Domain.Identity;

/// <summary>IAM (Euare on Eucalyptus): users, groups, roles, policies, instance profiles, server certificates.</summary>
public interface IIdentityService
{
    Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<IamUser>> ListUsersAsync(CancellationToken cancellationToken);

    Task<IamUser> CreateUserAsync(string name, string? path, CancellationToken cancellationToken);

    Task DeleteUserAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<IamGroup>> ListGroupsAsync(CancellationToken cancellationToken);

    Task<IamGroup> CreateGroupAsync(string name, string? path, CancellationToken cancellationToken);

    Task DeleteGroupAsync(string name, CancellationToken cancellationToken);

    Task AddUserToGroupAsync(string groupName, string userName, CancellationToken cancellationToken);

    Task RemoveUserFromGroupAsync(string groupName, string userName, CancellationToken cancellationToken);

    Task<IReadOnlyList<IamUser>> ListGroupMembersAsync(string groupName, CancellationToken cancellationToken);

    Task<IReadOnlyList<IamGroup>> ListGroupsForUserAsync(string userName, CancellationToken cancellationToken);

    Task<IReadOnlyList<IamRole>> ListRolesAsync(CancellationToken cancellationToken);

    Task<IamRole> GetRoleAsync(string name, CancellationToken cancellationToken);

    /// <param name="trustPolicy">Assume-role policy JSON; <see cref="TrustPolicies.Ec2"/> for roles given to instances.</param>
    Task<IamRole> CreateRoleAsync(string name, string? path, string? description, string trustPolicy, CancellationToken cancellationToken);

    Task DeleteRoleAsync(string name, CancellationToken cancellationToken);

    Task PutRolePolicyAsync(string roleName, string policyName, string policyDocument, CancellationToken cancellationToken);

    /// <summary>The inline policy's document, decoded JSON.</summary>
    Task<string> GetRolePolicyAsync(string roleName, string policyName, CancellationToken cancellationToken);

    Task DeleteRolePolicyAsync(string roleName, string policyName, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListRolePoliciesAsync(string roleName, CancellationToken cancellationToken);

    Task AttachRolePolicyAsync(string roleName, string policyArn, CancellationToken cancellationToken);

    Task DetachRolePolicyAsync(string roleName, string policyArn, CancellationToken cancellationToken);

    /// <summary>Creates a customer-managed policy, attachable to roles.</summary>
    Task<AttachedPolicy> CreateManagedPolicyAsync(string name, string policyDocument, CancellationToken cancellationToken);

    /// <summary>Managed policies: the account's own (<paramref name="includeAwsManaged"/> false) or all.</summary>
    Task<IReadOnlyList<AttachedPolicy>> ListManagedPoliciesAsync(bool includeAwsManaged, CancellationToken cancellationToken);

    Task DeleteManagedPolicyAsync(string policyArn, CancellationToken cancellationToken);

    Task<IReadOnlyList<AttachedPolicy>> ListAttachedRolePoliciesAsync(string roleName, CancellationToken cancellationToken);

    Task<InstanceProfile> CreateInstanceProfileAsync(string name, string? path, CancellationToken cancellationToken);

    Task AddRoleToInstanceProfileAsync(string profileName, string roleName, CancellationToken cancellationToken);

    Task RemoveRoleFromInstanceProfileAsync(string profileName, string roleName, CancellationToken cancellationToken);

    Task<IReadOnlyList<InstanceProfile>> ListInstanceProfilesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<InstanceProfile>> ListInstanceProfilesForRoleAsync(string roleName, CancellationToken cancellationToken);

    Task DeleteInstanceProfileAsync(string name, CancellationToken cancellationToken);

    Task<ServerCertificate> UploadServerCertificateAsync(string name, string certificateBody, string privateKey, string? certificateChain,
        CancellationToken cancellationToken);

    Task<IReadOnlyList<ServerCertificate>> ListServerCertificatesAsync(CancellationToken cancellationToken);

    Task DeleteServerCertificateAsync(string name, CancellationToken cancellationToken);
}
