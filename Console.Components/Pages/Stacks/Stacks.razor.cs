using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Stacks;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Pages.Stacks;

public partial class Stacks
{
    /// <summary>Stacks deleted from this page, by name: a deleted stack is found by its id only (its name may be reused at once).</summary>
    private readonly Dictionary<string, string> _deleted = new(StringComparer.Ordinal);

    /// <summary>The stack whose details are open (<c>/stacks/NAME</c>).</summary>
    [Parameter] public string? Name { get; set; }

    [Inject] private IStackService StackService { get; set; } = default!;

    public override ResourceDefinition<Stack> Definition => StackSearch.Definition;

    public override string? DetailKey => Name;

    public override Task<IReadOnlyList<Stack>> LoadAsync(CancellationToken cancellationToken) => StackService.DescribeStacksAsync(cancellationToken);

    /// <summary>A stack not in the list: one being made a moment ago, or one deleted from here (asked for by its id, it shows as it ended).</summary>
    protected override async Task<Stack?> FindAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var found = await StackService.DescribeStacksAsync(cancellationToken, _deleted.GetValueOrDefault(key, key));
            return found.Count > 0 ? found[0] : null;
        }
        catch (CloudException error) when (error.Code == "ValidationError")
        {
            return null; // "Stack with id … does not exist"
        }
    }

    /// <summary>A stack being made, updated, rolled back or deleted: the list looks again until it settles.</summary>
    protected override bool IsChanging(Stack item) => item.Status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal);

    private async Task UpdateAsync(Stack stack, IReadOnlyDictionary<string, string> values)
    {
        var changes = values.Select(e => $"{e.Key}: {stack.Parameters.FirstOrDefault(p => p.Key == e.Key)?.Value} → {e.Value}").ToList();
        if (await ConfirmAsync(L["Update stack {0}", stack.Name],
                L["CloudFormation applies the new values with the stack's current template; resources that depend on them are changed or replaced."],
                changes, "Update"))
        {
            await RunAsync(L["Update of {0} started", stack.Name], ct => StackService.UpdateStackParametersAsync(stack.Name, values, ct));
        }
    }

    private async Task DeleteAsync(Stack stack)
    {
        if (await TypedConfirmDialog.AskAsync(Dialogs, L["Delete stack {0}", stack.Name],
                L["CloudFormation deletes every resource the stack made (instances, volumes, groups, load balancers…) unless the template keeps them. This cannot be undone."],
                stack.Name, L["Delete stack"]))
        {
            _deleted[stack.Name] = stack.Id;
            await RunAsync(L["Deletion of {0} started; its events follow below.", stack.Name], ct => StackService.DeleteStackAsync(stack.Name, ct));
        }
    }
}
