using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Stacks;

/// <summary>CloudFormation over the project's Query client.</summary>
internal sealed class StackService(CloudConnection connection) : IStackService
{
    private Task<QueryServiceClient> ClientAsync(CancellationToken cancellationToken) => connection.QueryAsync(QueryApi.CloudFormation, cancellationToken);

    public async Task<IReadOnlyList<Stack>> DescribeStacksAsync(CancellationToken cancellationToken, string? stackName = null) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ListAllAsync("DescribeStacks",
            new QueryParameters().Add("StackName", stackName), "NextToken", "NextToken", StackReplies.Stacks, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StackResource>> ListStackResourcesAsync(string stackName, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ListAllAsync("ListStackResources",
            new QueryParameters().Add("StackName", stackName), "NextToken", "NextToken", StackReplies.Resources, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StackEvent>> DescribeStackEventsAsync(string stackName, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ListAllAsync("DescribeStackEvents",
            new QueryParameters().Add("StackName", stackName), "NextToken", "NextToken", StackReplies.Events, cancellationToken).ConfigureAwait(false);

    public async Task<string> CreateStackAsync(StackSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("CreateStack",
            StackRequests.CreateStack(spec), result => result.Required("StackId"), cancellationToken).ConfigureAwait(false);
    }

    public async Task<TemplateSummary> ValidateTemplateUrlAsync(string templateUrl, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("ValidateTemplate",
            new QueryParameters().Add("TemplateURL", templateUrl), StackReplies.TemplateSummary, cancellationToken).ConfigureAwait(false);

    public async Task UpdateStackParametersAsync(string stackName, IReadOnlyDictionary<string, string> changed, CancellationToken cancellationToken)
    {
        var stacks = await DescribeStacksAsync(cancellationToken, stackName).ConfigureAwait(false);
        var current = stacks.Count > 0 ? stacks[0].Parameters : [];
        var declared = TemplateParameters.Read(await GetTemplateBodyAsync(stackName, cancellationToken).ConfigureAwait(false));
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("UpdateStack",
            StackRequests.UpdateStack(stackName, current, declared, changed), cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> GetTemplateBodyAsync(string stackName, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("GetTemplate",
            new QueryParameters().Add("StackName", stackName), result => result.Required("TemplateBody"), cancellationToken).ConfigureAwait(false);

    public async Task DeleteStackAsync(string stackName, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DeleteStack",
            new QueryParameters().Add("StackName", stackName), cancellationToken).ConfigureAwait(false);
}
