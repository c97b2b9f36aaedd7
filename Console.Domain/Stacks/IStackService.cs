namespace EucaConsole.Domain.Stacks;

/// <summary>CloudFormation: stacks, their parameters, outputs, resources and events.</summary>
public interface IStackService
{
    Task<IReadOnlyList<Stack>> DescribeStacksAsync(CancellationToken cancellationToken, string? stackName = null);

    Task<IReadOnlyList<StackResource>> ListStackResourcesAsync(string stackName, CancellationToken cancellationToken);

    Task<IReadOnlyList<StackEvent>> DescribeStackEventsAsync(string stackName, CancellationToken cancellationToken);

    /// <summary>Creates a stack from a template body; returns its id. IAM capabilities are acknowledged.</summary>
    Task<string> CreateStackAsync(string stackName, string templateBody, IReadOnlyDictionary<string, string> parameters,
        CancellationToken cancellationToken);

    /// <summary>
    /// Updates a stack with the template it has: the given parameters get new values, every other
    /// parameter keeps its previous value.
    /// </summary>
    Task UpdateStackParametersAsync(string stackName, IReadOnlyDictionary<string, string> changed, CancellationToken cancellationToken);

    Task DeleteStackAsync(string stackName, CancellationToken cancellationToken);
}
