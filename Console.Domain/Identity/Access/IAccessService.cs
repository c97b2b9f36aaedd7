namespace EucaConsole.Domain.Identity.Access;

/// <summary>What users and groups may do and how users sign in: console passwords, access keys, and the policies a user or group holds.</summary>
public interface IAccessService
{
    /// <summary>Null when the user has no console password.</summary>
    Task<LoginProfile?> GetLoginProfileAsync(string userName, CancellationToken cancellationToken);

    Task CreateLoginProfileAsync(string userName, string password, bool resetRequired, CancellationToken cancellationToken);

    Task UpdateLoginProfileAsync(string userName, string password, bool resetRequired, CancellationToken cancellationToken);

    Task DeleteLoginProfileAsync(string userName, CancellationToken cancellationToken);

    Task<IReadOnlyList<AccessKey>> ListAccessKeysAsync(string userName, CancellationToken cancellationToken);

    Task<CreatedAccessKey> CreateAccessKeyAsync(string userName, CancellationToken cancellationToken);

    /// <summary>"Active" or "Inactive".</summary>
    Task UpdateAccessKeyAsync(string userName, string accessKeyId, string status, CancellationToken cancellationToken);

    Task DeleteAccessKeyAsync(string userName, string accessKeyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListInlinePoliciesAsync(PolicyHolder holder, CancellationToken cancellationToken);

    /// <summary>The document, URL-decoded as IAM returns it encoded.</summary>
    Task<string> GetInlinePolicyAsync(PolicyHolder holder, string policyName, CancellationToken cancellationToken);

    Task PutInlinePolicyAsync(PolicyHolder holder, string policyName, string document, CancellationToken cancellationToken);

    Task DeleteInlinePolicyAsync(PolicyHolder holder, string policyName, CancellationToken cancellationToken);

    Task<IReadOnlyList<AttachedPolicy>> ListAttachedPoliciesAsync(PolicyHolder holder, CancellationToken cancellationToken);

    Task AttachPolicyAsync(PolicyHolder holder, string policyArn, CancellationToken cancellationToken);

    Task DetachPolicyAsync(PolicyHolder holder, string policyArn, CancellationToken cancellationToken);
}
