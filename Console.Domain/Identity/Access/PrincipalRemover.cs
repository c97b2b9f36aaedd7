using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Access;

/// <summary>
/// Deletes a user or a group the way IAM requires, taking away first what the deletion would be refused
/// for (memberships, access keys, console password, inline and attached policies), and reporting each step.
/// When a step fails, the error names the steps already done.
/// </summary>
public sealed class PrincipalRemover(IIdentityService identity, IAccessService access)
{
    public async Task<RemovalReport> DeleteUserAsync(string userName, CancellationToken cancellationToken)
    {
        var steps = new List<string>();
        var holder = PolicyHolder.User(userName);
        await StepAsync(steps, async () =>
        {
            foreach (var group in await identity.ListGroupsForUserAsync(userName, cancellationToken).ConfigureAwait(false))
            {
                await identity.RemoveUserFromGroupAsync(group.Name, userName, cancellationToken).ConfigureAwait(false);
                steps.Add($"removed from group {group.Name}");
            }

            foreach (var key in await access.ListAccessKeysAsync(userName, cancellationToken).ConfigureAwait(false))
            {
                await access.DeleteAccessKeyAsync(userName, key.Id, cancellationToken).ConfigureAwait(false);
                steps.Add($"deleted access key {key.Id}");
            }

            if (await access.GetLoginProfileAsync(userName, cancellationToken).ConfigureAwait(false) is not null)
            {
                await access.DeleteLoginProfileAsync(userName, cancellationToken).ConfigureAwait(false);
                steps.Add("removed the console password");
            }

            await RemovePoliciesAsync(holder, steps, cancellationToken).ConfigureAwait(false);
            await identity.DeleteUserAsync(userName, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return new RemovalReport($"user {userName}", steps);
    }

    public async Task<RemovalReport> DeleteGroupAsync(string groupName, CancellationToken cancellationToken)
    {
        var steps = new List<string>();
        await StepAsync(steps, async () =>
        {
            foreach (var member in await identity.ListGroupMembersAsync(groupName, cancellationToken).ConfigureAwait(false))
            {
                await identity.RemoveUserFromGroupAsync(groupName, member.Name, cancellationToken).ConfigureAwait(false);
                steps.Add($"removed member {member.Name}");
            }

            await RemovePoliciesAsync(PolicyHolder.Group(groupName), steps, cancellationToken).ConfigureAwait(false);
            await identity.DeleteGroupAsync(groupName, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return new RemovalReport($"group {groupName}", steps);
    }

    private async Task RemovePoliciesAsync(PolicyHolder holder, List<string> steps, CancellationToken cancellationToken)
    {
        foreach (var policy in await access.ListInlinePoliciesAsync(holder, cancellationToken).ConfigureAwait(false))
        {
            await access.DeleteInlinePolicyAsync(holder, policy, cancellationToken).ConfigureAwait(false);
            steps.Add($"deleted inline policy {policy}");
        }

        foreach (var policy in await access.ListAttachedPoliciesAsync(holder, cancellationToken).ConfigureAwait(false))
        {
            await access.DetachPolicyAsync(holder, policy.Arn, cancellationToken).ConfigureAwait(false);
            steps.Add($"detached {policy.Name}");
        }
    }

    private static async Task StepAsync(List<string> steps, Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (CloudException error) when (steps.Count > 0)
        {
            throw new CloudException(error.Kind, error.Service, error.Operation, error.Endpoint,
                Say.T("{0} (done before this: {1})", error.Message, string.Join("; ", steps)), error.Code, error.HttpStatus, error.RequestId, error);
        }
    }
}
