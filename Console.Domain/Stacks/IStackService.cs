namespace EucaConsole.Domain.Stacks;

/// <summary>CloudFormation: stacks, their parameters, outputs, resources and events.</summary>
public interface IStackService
{
    Task<IReadOnlyList<Stack>> DescribeStacksAsync(CancellationToken cancellationToken, string? stackName = null);

    Task<IReadOnlyList<StackResource>> ListStackResourcesAsync(string stackName, CancellationToken cancellationToken);

    Task<IReadOnlyList<StackEvent>> DescribeStackEventsAsync(string stackName, CancellationToken cancellationToken);

    /// <summary>Creates a stack; returns its id.</summary>
    Task<string> CreateStackAsync(StackSpec spec, CancellationToken cancellationToken);

    /// <summary>What CloudFormation reads from a template at a URL: its parameters and the capabilities it needs.</summary>
    Task<TemplateSummary> ValidateTemplateUrlAsync(string templateUrl, CancellationToken cancellationToken);

    /// <summary>
    /// Updates a stack with the template it has: the given parameters get new values, every other
    /// parameter keeps its value (see StackRequests.UpdateStack for how that is said).
    /// </summary>
    Task UpdateStackParametersAsync(string stackName, IReadOnlyDictionary<string, string> changed, CancellationToken cancellationToken);

    /// <summary>The stack's current template, as it was given (YAML or JSON).</summary>
    Task<string> GetTemplateBodyAsync(string stackName, CancellationToken cancellationToken);

    Task DeleteStackAsync(string stackName, CancellationToken cancellationToken);
}
