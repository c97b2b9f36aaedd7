using System.Xml.Linq;
using Amazon.SecurityToken.Model;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Identity;

/// <summary>IAM over the project's Query client; the caller's identity over AWSSDK.SecurityToken.</summary>
internal sealed class IdentityService(CloudConnection connection) : IIdentityService
{
    private readonly IamCalls _iam = new(connection);

    private Task<IReadOnlyList<T>> ListAsync<T>(string action, QueryParameters parameters, Func<XElement, IEnumerable<T>> read,
        CancellationToken cancellationToken) => _iam.ListAsync(action, parameters, read, cancellationToken);

    private Task CallAsync(string action, QueryParameters parameters, CancellationToken cancellationToken) =>
        _iam.CallAsync(action, parameters, cancellationToken);

    private Task<T> CallAsync<T>(string action, QueryParameters parameters, Func<XElement, T> read, CancellationToken cancellationToken) =>
        _iam.CallAsync(action, parameters, read, cancellationToken);

    public async Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken)
    {
        var sts = await connection.TokensAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var reply = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
            return new CallerIdentity(reply.Account, reply.Arn, reply.UserId);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
            throw SdkErrors.Translate(error, CloudService.Tokens, "GetCallerIdentity", ServiceEndpoints.Resolve(session.Profile, CloudService.Tokens));
        }
    }

    public Task<IReadOnlyList<IamUser>> ListUsersAsync(CancellationToken cancellationToken) =>
        ListAsync("ListUsers", [], r => r.Members("Users").Select(IdentityReplies.User), cancellationToken);

    public Task<IamUser> CreateUserAsync(string name, string? path, CancellationToken cancellationToken) =>
        CallAsync("CreateUser", new QueryParameters().Add("UserName", name).Add("Path", path),
            r => IdentityReplies.User(IdentityReplies.Single(r, "User")), cancellationToken);

    public Task DeleteUserAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("DeleteUser", new QueryParameters().Add("UserName", name), cancellationToken);

    public Task<IReadOnlyList<IamGroup>> ListGroupsAsync(CancellationToken cancellationToken) =>
        ListAsync("ListGroups", [], r => r.Members("Groups").Select(IdentityReplies.Group), cancellationToken);

    public Task<IamGroup> CreateGroupAsync(string name, string? path, CancellationToken cancellationToken) =>
        CallAsync("CreateGroup", new QueryParameters().Add("GroupName", name).Add("Path", path),
            r => IdentityReplies.Group(IdentityReplies.Single(r, "Group")), cancellationToken);

    public Task DeleteGroupAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("DeleteGroup", new QueryParameters().Add("GroupName", name), cancellationToken);

    public Task AddUserToGroupAsync(string groupName, string userName, CancellationToken cancellationToken) =>
        CallAsync("AddUserToGroup", new QueryParameters().Add("GroupName", groupName).Add("UserName", userName), cancellationToken);

    public Task RemoveUserFromGroupAsync(string groupName, string userName, CancellationToken cancellationToken) =>
        CallAsync("RemoveUserFromGroup", new QueryParameters().Add("GroupName", groupName).Add("UserName", userName), cancellationToken);

    public Task<IReadOnlyList<IamUser>> ListGroupMembersAsync(string groupName, CancellationToken cancellationToken) =>
        ListAsync("GetGroup", new QueryParameters().Add("GroupName", groupName), r => r.Members("Users").Select(IdentityReplies.User), cancellationToken);

    public Task<IReadOnlyList<IamGroup>> ListGroupsForUserAsync(string userName, CancellationToken cancellationToken) =>
        ListAsync("ListGroupsForUser", new QueryParameters().Add("UserName", userName), r => r.Members("Groups").Select(IdentityReplies.Group),
            cancellationToken);

    public Task<IReadOnlyList<IamRole>> ListRolesAsync(CancellationToken cancellationToken) =>
        ListAsync("ListRoles", [], r => r.Members("Roles").Select(IdentityReplies.Role), cancellationToken);

    public Task<IamRole> GetRoleAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("GetRole", new QueryParameters().Add("RoleName", name), r => IdentityReplies.Role(IdentityReplies.Single(r, "Role")), cancellationToken);

    public async Task<IamRole> CreateRoleAsync(string name, string? path, string? description, string trustPolicy, CancellationToken cancellationToken)
    {
        // A field the cloud's IAM does not have is left out (Eucalyptus 4.4 would drop it silently).
        var dialect = (await connection.SessionAsync(cancellationToken).ConfigureAwait(false)).Profile.Dialect;
        return await CallAsync("CreateRole", new QueryParameters()
            .Add("RoleName", name).Add("Path", path).Add("Description", dialect.RoleDescriptions ? description : null)
            .Add("AssumeRolePolicyDocument", trustPolicy),
            r => IdentityReplies.Role(IdentityReplies.Single(r, "Role")), cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteRoleAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("DeleteRole", new QueryParameters().Add("RoleName", name), cancellationToken);

    public Task PutRolePolicyAsync(string roleName, string policyName, string policyDocument, CancellationToken cancellationToken) =>
        CallAsync("PutRolePolicy", new QueryParameters().Add("RoleName", roleName).Add("PolicyName", policyName).Add("PolicyDocument", policyDocument),
            cancellationToken);

    public Task<string> GetRolePolicyAsync(string roleName, string policyName, CancellationToken cancellationToken) =>
        CallAsync("GetRolePolicy", new QueryParameters().Add("RoleName", roleName).Add("PolicyName", policyName),
            r => r.PolicyDocument("PolicyDocument") ?? throw new FormatException("reply has no <PolicyDocument>"), cancellationToken);

    public Task DeleteRolePolicyAsync(string roleName, string policyName, CancellationToken cancellationToken) =>
        CallAsync("DeleteRolePolicy", new QueryParameters().Add("RoleName", roleName).Add("PolicyName", policyName), cancellationToken);

    public Task<IReadOnlyList<string>> ListRolePoliciesAsync(string roleName, CancellationToken cancellationToken) =>
        ListAsync("ListRolePolicies", new QueryParameters().Add("RoleName", roleName), r => r.Members("PolicyNames").Select(m => m.Value), cancellationToken);

    public Task AttachRolePolicyAsync(string roleName, string policyArn, CancellationToken cancellationToken) =>
        CallAsync("AttachRolePolicy", new QueryParameters().Add("RoleName", roleName).Add("PolicyArn", policyArn), cancellationToken);

    public Task DetachRolePolicyAsync(string roleName, string policyArn, CancellationToken cancellationToken) =>
        CallAsync("DetachRolePolicy", new QueryParameters().Add("RoleName", roleName).Add("PolicyArn", policyArn), cancellationToken);

    public Task<AttachedPolicy> CreateManagedPolicyAsync(string name, string policyDocument, CancellationToken cancellationToken) =>
        CallAsync("CreatePolicy", new QueryParameters().Add("PolicyName", name).Add("PolicyDocument", policyDocument),
            r => IdentityReplies.ManagedPolicy(IdentityReplies.Single(r, "Policy")), cancellationToken);

    public Task<IReadOnlyList<AttachedPolicy>> ListManagedPoliciesAsync(bool includeAwsManaged, CancellationToken cancellationToken) =>
        ListAsync("ListPolicies", new QueryParameters().Add("Scope", includeAwsManaged ? "All" : "Local"),
            r => r.Members("Policies").Select(IdentityReplies.ManagedPolicy), cancellationToken);

    public Task DeleteManagedPolicyAsync(string policyArn, CancellationToken cancellationToken) =>
        CallAsync("DeletePolicy", new QueryParameters().Add("PolicyArn", policyArn), cancellationToken);

    public Task<IReadOnlyList<AttachedPolicy>> ListAttachedRolePoliciesAsync(string roleName, CancellationToken cancellationToken) =>
        ListAsync("ListAttachedRolePolicies", new QueryParameters().Add("RoleName", roleName),
            r => r.Members("AttachedPolicies").Select(p => new AttachedPolicy(p.Required("PolicyName"), p.Required("PolicyArn"))), cancellationToken);

    public Task<InstanceProfile> CreateInstanceProfileAsync(string name, string? path, CancellationToken cancellationToken) =>
        CallAsync("CreateInstanceProfile", new QueryParameters().Add("InstanceProfileName", name).Add("Path", path),
            r => IdentityReplies.Profile(IdentityReplies.Single(r, "InstanceProfile")), cancellationToken);

    public Task AddRoleToInstanceProfileAsync(string profileName, string roleName, CancellationToken cancellationToken) =>
        CallAsync("AddRoleToInstanceProfile", new QueryParameters().Add("InstanceProfileName", profileName).Add("RoleName", roleName), cancellationToken);

    public Task RemoveRoleFromInstanceProfileAsync(string profileName, string roleName, CancellationToken cancellationToken) =>
        CallAsync("RemoveRoleFromInstanceProfile", new QueryParameters().Add("InstanceProfileName", profileName).Add("RoleName", roleName),
            cancellationToken);

    public Task<IReadOnlyList<InstanceProfile>> ListInstanceProfilesAsync(CancellationToken cancellationToken) =>
        ListAsync("ListInstanceProfiles", [], r => r.Members("InstanceProfiles").Select(IdentityReplies.Profile), cancellationToken);

    public Task<IReadOnlyList<InstanceProfile>> ListInstanceProfilesForRoleAsync(string roleName, CancellationToken cancellationToken) =>
        ListAsync("ListInstanceProfilesForRole", new QueryParameters().Add("RoleName", roleName),
            r => r.Members("InstanceProfiles").Select(IdentityReplies.Profile), cancellationToken);

    public Task DeleteInstanceProfileAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("DeleteInstanceProfile", new QueryParameters().Add("InstanceProfileName", name), cancellationToken);

    public Task<ServerCertificate> UploadServerCertificateAsync(string name, string certificateBody, string privateKey, string? certificateChain,
        CancellationToken cancellationToken) =>
        CallAsync("UploadServerCertificate", new QueryParameters()
            .Add("ServerCertificateName", name).Add("CertificateBody", certificateBody).Add("PrivateKey", privateKey)
            .Add("CertificateChain", certificateChain),
            r => IdentityReplies.Certificate(IdentityReplies.Single(r, "ServerCertificateMetadata")), cancellationToken);

    public Task<IReadOnlyList<ServerCertificate>> ListServerCertificatesAsync(CancellationToken cancellationToken) =>
        ListAsync("ListServerCertificates", [], r => r.Members("ServerCertificateMetadataList").Select(IdentityReplies.Certificate), cancellationToken);

    public Task DeleteServerCertificateAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("DeleteServerCertificate", new QueryParameters().Add("ServerCertificateName", name), cancellationToken);
}
