using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Stacks;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Stacks;

/// <summary>
/// A stack: parameters (editable, checked against the template's constraints, applied as an update
/// with the template the stack has), outputs, resources and events. While the stack is changing the
/// page looks again every few seconds.
/// </summary>
public partial class StackDetail
{
    private static readonly TimeSpan WhileBusy = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _leaving = new();
    private readonly Dictionary<string, string> _edits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);
    private Stack? _stack;
    private IReadOnlyList<TemplateParameter> _declared = [];
    private IReadOnlyList<StackResource> _resources = [];
    private IReadOnlyList<StackEvent> _events = [];
    private CloudException? _error;
    private string? _templateError;
    private bool _loading = true;
    private bool _applying;
    private string? _deletedId;
    private CancellationTokenSource? _pendingLook;

    [Inject] private IStackService StackService { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private CloudCommands Commands { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Parameter] public string Name { get; set; } = string.Empty;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        try
        {
            // Once deleted, a stack is found by its id only (its name may be reused at once).
            var key = _deletedId ?? Name;
            var stacks = await StackService.DescribeStacksAsync(_leaving.Token, key);
            _stack = stacks.Count > 0 ? stacks[0] : null;
            if (_stack is not null)
            {
                var resources = StackService.ListStackResourcesAsync(key, _leaving.Token);
                var events = StackService.DescribeStackEventsAsync(key, _leaving.Token);
                if (_deletedId is null)
                {
                    await LoadTemplateAsync();
                }

                _resources = await resources;
                _events = [.. (await events).OrderByDescending(e => e.Timestamp)];
            }
        }
        catch (CloudException error) when (_deletedId is not null && error.Code == "ValidationError")
        {
            // Some clouds forget a deleted stack at once; what was shown last stays, marked as gone.
            _stack = _stack is null ? null : _stack with { Status = "DELETE_COMPLETE" };
        }
        catch (CloudException error)
        {
            _error = error;
        }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            _loading = false;
        }

        // One loop per page: a load (a refresh, an update, a poll) replaces the pending look.
        _pendingLook?.Cancel();
        _pendingLook?.Dispose();
        _pendingLook = null;
        if (_stack is { } stack && InProgress(stack))
        {
            _pendingLook = CancellationTokenSource.CreateLinkedTokenSource(_leaving.Token);
            _ = LookAgainAsync(_pendingLook.Token);
        }
    }

    private async Task DeleteAsync()
    {
        if (_stack is not { } stack || !await TypedConfirmDialog.AskAsync(Dialogs, L["Delete stack {0}", Name],
                L["CloudFormation deletes every resource the stack made (instances, volumes, groups, load balancers…) unless the template keeps them. This cannot be undone."], Name, L["Delete stack"]))
        {
            return;
        }

        if (await Commands.RunAsync(L["Deletion of {0} started; its events follow below.", Name], ct => StackService.DeleteStackAsync(Name, ct)))
        {
            _deletedId = stack.Id;
            await LoadAsync();
        }
    }

    private async Task LoadTemplateAsync()
    {
        try
        {
            _declared = TemplateParameters.Read(await StackService.GetTemplateBodyAsync(Name, _leaving.Token));
            _templateError = null;
        }
        catch (FormatException error)
        {
            _declared = [];
            _templateError = error.Message;
        }
    }

    private async Task LookAgainAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(WhileBusy, Time, cancellationToken);
            await InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // The page was left, or a newer load took over.
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private static bool Gone(Stack stack) => stack.Status == "DELETE_COMPLETE";

    private static bool InProgress(Stack stack) => stack.Status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal);

    private static Color StatusColor(string status) =>
        status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal) ? Color.Info
        : status.Contains("FAILED", StringComparison.Ordinal) || status.Contains("ROLLBACK", StringComparison.Ordinal) ? Color.Error
        : status.EndsWith("_COMPLETE", StringComparison.Ordinal) ? Color.Success
        : Color.Default;

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
        var original = _stack?.Parameters.FirstOrDefault(p => p.Key == key)?.Value ?? string.Empty;
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

    private async Task ApplyAsync()
    {
        if (_stack is null || _edits.Count == 0)
        {
            return;
        }

        if (_problems.Count > 0)
        {
            Snackbar.Add(L["Fix the values marked in red first; nothing was sent."], Severity.Warning);
            return;
        }

        var changes = _edits.Select(e => $"{e.Key}: {_stack.Parameters.FirstOrDefault(p => p.Key == e.Key)?.Value} → {e.Value}").ToList();
        if (!await ConfirmDialog.AskAsync(Dialogs, L["Update stack {0}", Name],
                L["CloudFormation applies the new values with the stack's current template; resources that depend on them are changed or replaced."],
                changes, "Update"))
        {
            return;
        }

        _applying = true;
        try
        {
            var edits = new Dictionary<string, string>(_edits);
            if (await Commands.RunAsync(L["Update of {0} started", Name], ct => StackService.UpdateStackParametersAsync(Name, edits, ct)))
            {
                _edits.Clear();
                await LoadAsync();
            }
        }
        finally
        {
            _applying = false;
        }
    }

    public void Dispose()
    {
        _pendingLook?.Cancel();
        _pendingLook?.Dispose();
        _leaving.Cancel();
        _leaving.Dispose();
        GC.SuppressFinalize(this);
    }
}
