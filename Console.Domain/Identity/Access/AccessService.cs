using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Identity.Access;

/// <summary>IAM login profiles, access keys, and user and group policies over the project's Query client.</summary>
internal sealed class AccessService(IamCalls iam) : IAccessService
{
    public async Task<LoginProfile?> GetLoginProfileAsync(string userName, CancellationToken cancellationToken)
    {
        try
        {
            return await iam.CallAsync("GetLoginProfile", new QueryParameters().Add("UserName", userName),
                r => r.Child("LoginProfile") is { } p ? new LoginProfile(p.Date("CreateDate"), p.Text("PasswordResetRequired") == "true") : null,
                cancellationToken).ConfigureAwait(false);
        }
        catch (CloudException error) when (error.Code == "NoSuchEntity")
        {
            return null;
        }
    }

    public Task CreateLoginProfileAsync(string userName, string password, bool resetRequired, CancellationToken cancellationToken) =>
        iam.CallAsync("CreateLoginProfile", new QueryParameters().Add("UserName", userName).Add("Password", password)
            .Add("PasswordResetRequired", resetRequired ? "true" : "false"), cancellationToken);

    public Task UpdateLoginProfileAsync(string userName, string password, bool resetRequired, CancellationToken cancellationToken) =>
        iam.CallAsync("UpdateLoginProfile", new QueryParameters().Add("UserName", userName).Add("Password", password)
            .Add("PasswordResetRequired", resetRequired ? "true" : "false"), cancellationToken);

    public Task DeleteLoginProfileAsync(string userName, CancellationToken cancellationToken) =>
        iam.CallAsync("DeleteLoginProfile", new QueryParameters().Add("UserName", userName), cancellationToken);

    public Task<IReadOnlyList<AccessKey>> ListAccessKeysAsync(string userName, CancellationToken cancellationToken) =>
        iam.ListAsync("ListAccessKeys", new QueryParameters().Add("UserName", userName),
            r => r.Members("AccessKeyMetadata").Select(k => new AccessKey(k.Required("AccessKeyId"), k.Text("Status") ?? "Active", k.Date("CreateDate"))),
            cancellationToken);

    public Task<CreatedAccessKey> CreateAccessKeyAsync(string userName, CancellationToken cancellationToken) =>
        iam.CallAsync("CreateAccessKey", new QueryParameters().Add("UserName", userName), r =>
        {
            var key = IdentityReplies.Single(r, "AccessKey");
            return new CreatedAccessKey(new AccessKey(key.Required("AccessKeyId"), key.Text("Status") ?? "Active", key.Date("CreateDate")),
                key.Required("SecretAccessKey"));
        }, cancellationToken);

    public Task UpdateAccessKeyAsync(string userName, string accessKeyId, string status, CancellationToken cancellationToken) =>
        iam.CallAsync("UpdateAccessKey", new QueryParameters().Add("UserName", userName).Add("AccessKeyId", accessKeyId).Add("Status", status),
            cancellationToken);

    public Task DeleteAccessKeyAsync(string userName, string accessKeyId, CancellationToken cancellationToken) =>
        iam.CallAsync("DeleteAccessKey", new QueryParameters().Add("UserName", userName).Add("AccessKeyId", accessKeyId), cancellationToken);

    public Task<IReadOnlyList<string>> ListInlinePoliciesAsync(PolicyHolder holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return iam.ListAsync($"List{holder.Word}Policies", Named(holder), r => r.Members("PolicyNames").Select(m => m.Value), cancellationToken);
    }

    public Task<string> GetInlinePolicyAsync(PolicyHolder holder, string policyName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return iam.CallAsync($"Get{holder.Word}Policy", Named(holder).Add("PolicyName", policyName),
            r => r.PolicyDocument("PolicyDocument") ?? throw new FormatException("reply has no <PolicyDocument>"), cancellationToken);
    }

    public Task PutInlinePolicyAsync(PolicyHolder holder, string policyName, string document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return iam.CallAsync($"Put{holder.Word}Policy", Named(holder).Add("PolicyName", policyName).Add("PolicyDocument", document), cancellationToken);
    }

    public Task DeleteInlinePolicyAsync(PolicyHolder holder, string policyName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return iam.CallAsync($"Delete{holder.Word}Policy", Named(holder).Add("PolicyName", policyName), cancellationToken);
    }

    public Task<IReadOnlyList<AttachedPolicy>> ListAttachedPoliciesAsync(PolicyHolder holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return iam.ListAsync($"ListAttached{holder.Word}Policies", Named(holder),
            r => r.Members("AttachedPolicies").Select(p => new AttachedPolicy(p.Required("PolicyName"), p.Required("PolicyArn"))), cancellationToken);
    }

    public Task AttachPolicyAsync(PolicyHolder holder, string policyArn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return iam.CallAsync($"Attach{holder.Word}Policy", Named(holder).Add("PolicyArn", policyArn), cancellationToken);
    }

    public Task DetachPolicyAsync(PolicyHolder holder, string policyArn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return iam.CallAsync($"Detach{holder.Word}Policy", Named(holder).Add("PolicyArn", policyArn), cancellationToken);
    }

    private static QueryParameters Named(PolicyHolder holder) => new QueryParameters().Add(holder.NameParameter, holder.Name);
}
