using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Stacks;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Pages.Stacks;

/// <summary>
/// A stack's detail: parameters edited here and checked against the template's constraints (an update
/// sends only what changed), outputs, resources and events. The record comes from the page, which looks
/// again while the stack is busy; each fresher record has the resources and events read again (the
/// rows on screen stay until the answer), and keeps pending only the edits it does not already hold.
/// </summary>
public partial class StackDetail
{
    private readonly CancellationTokenSource _closing = new();
    private readonly Dictionary<string, string> _edits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);
    private Stack? _shown;
    private IReadOnlyList<TemplateParameter> _declared = [];
    private IReadOnlyList<StackResource> _resources = [];
    private IReadOnlyList<StackEvent> _events = [];
    private CloudException? _readError;
    private string? _templateError;
    private bool _templateRead;
    private bool _applying;

    [Inject] private IStackService StackService { get; set; } = default!;

    [Parameter, EditorRequired] public Stack Stack { get; set; } = default!;

    /// <summary>Update the stack with these parameter values (only the changed ones); the page confirms.</summary>
    [Parameter] public EventCallback<IReadOnlyDictionary<string, string>> OnUpdate { get; set; }

    [Parameter] public EventCallback OnDelete { get; set; }

    [Parameter] public EventCallback OnClose { get; set; }

    private bool Gone => Stack.Status == "DELETE_COMPLETE";

    private bool Busy => Stack.Status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal);

    protected override async Task OnParametersSetAsync()
    {
        if (ReferenceEquals(_shown, Stack))
        {
            return;
        }

        _shown = Stack;
        // What the stack now holds is no longer an edit; what it does not stays pending for another try.
        foreach (var parameter in Stack.Parameters.Where(p => _edits.TryGetValue(p.Key, out var edited) && edited == p.Value))
        {
            _edits.Remove(parameter.Key);
            _problems.Remove(parameter.Key);
        }

        await ReadAsync();
    }

    /// <summary>Resources and events (by id once deleted: a name may be reused at once), and the template's constraints once.</summary>
    private async Task ReadAsync()
    {
        var key = Gone ? Stack.Id : Stack.Name;
        try
        {
            var resources = StackService.ListStackResourcesAsync(key, _closing.Token);
            var events = StackService.DescribeStackEventsAsync(key, _closing.Token);
            if (!_templateRead && !Gone)
            {
                await ReadTemplateAsync();
            }

            _resources = await resources;
            _events = [.. (await events).OrderByDescending(e => e.Timestamp)];
            _readError = null;
        }
        catch (CloudException error) when (Gone && error.Code == "ValidationError")
        {
            // Some clouds forget a deleted stack at once: what was shown last stays.
        }
        catch (CloudException error)
        {
            _readError = error;
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // The panel closed: nobody waits for this answer.
        }
    }

    private async Task ReadTemplateAsync()
    {
        try
        {
            _declared = TemplateParameters.Read(await StackService.GetTemplateBodyAsync(Stack.Name, _closing.Token));
            _templateError = null;
        }
        catch (FormatException error)
        {
            _declared = [];
            _templateError = error.Message;
        }

        _templateRead = true;
    }

    private TemplateParameter? Declared(string key) => _declared.FirstOrDefault(p => p.Key == key);

    private string ValueOf(StackParameter parameter) => _edits.TryGetValue(parameter.Key, out var edited) ? edited : parameter.Value ?? string.Empty;

    private static string? Help(TemplateParameter? declared)
    {
        if (declared is null)
        {
            return null;
        }

        var rules = new List<string>();
        if (declared.MinValue is { } min)
        {
            rules.Add($"min {min}");
        }

        if (declared.MaxValue is { } max)
        {
            rules.Add($"max {max}");
        }

        if (declared.AllowedValues.Count > 0)
        {
            rules.Add($"one of {string.Join(", ", declared.AllowedValues)}");
        }

        if (declared.NoEcho)
        {
            rules.Add("hidden; kept as it is");
        }

        var text = string.Join(" · ", new[] { declared.Description, rules.Count > 0 ? string.Join(", ", rules) : null }.Where(t => !string.IsNullOrEmpty(t)));
        return text.Length == 0 ? null : text;
    }

    private void Edit(string key, string value)
    {
        var original = Stack.Parameters.FirstOrDefault(p => p.Key == key)?.Value ?? string.Empty;
        if (value == original)
        {
            _edits.Remove(key);
            _problems.Remove(key);
            return;
        }

        _edits[key] = value;
        if (Declared(key) is { } declared && ParameterConstraints.Check(declared, value) is { } problem)
        {
            _problems[key] = problem;
        }
        else
        {
            _problems.Remove(key);
        }
    }

    private void Discard()
    {
        _edits.Clear();
        _problems.Clear();
    }

    private async Task ApplyAsync()
    {
        if (_edits.Count == 0 || _problems.Count > 0)
        {
            return;
        }

        _applying = true;
        try
        {
            await OnUpdate.InvokeAsync(new Dictionary<string, string>(_edits));
        }
        finally
        {
            _applying = false;
        }
    }

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
        GC.SuppressFinalize(this);
    }
}
