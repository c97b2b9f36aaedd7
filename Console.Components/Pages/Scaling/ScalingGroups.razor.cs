using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Scaling;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Scaling;

public partial class ScalingGroups
{
    /// <summary>The group whose details are open (<c>/scaling-groups/NAME</c>).</summary>
    [Parameter] public string? GroupName { get; set; }

    [Inject] private IScalingService Scaling { get; set; } = default!;

    public override ResourceDefinition<ScalingGroup> Definition => ScalingGroupSearch.Definition;

    public override string? DetailKey => GroupName;

    public override Task<IReadOnlyList<ScalingGroup>> LoadAsync(CancellationToken cancellationToken) => Scaling.DescribeScalingGroupsAsync(cancellationToken);

    protected override async Task<ScalingGroup?> FindAsync(string key, CancellationToken cancellationToken) =>
        (await Scaling.DescribeScalingGroupsAsync(cancellationToken, key)).FirstOrDefault(g => g.Name == key);

    protected override bool IsChanging(ScalingGroup item) => ScalingGroupSearch.IsChanging(item);

    private async Task SaveCapacityAsync(ScalingGroup group, CapacityForm capacity) =>
        await RunAsync($"{group.Name}: min {capacity.MinSize}, desired {capacity.DesiredCapacity}, max {capacity.MaxSize}",
            ct => Scaling.UpdateScalingGroupSizeAsync(group.Name, capacity.MinSize, capacity.DesiredCapacity, capacity.MaxSize, ct));

    private async Task MarkUnhealthyAsync(string instanceId)
    {
        if (await ConfirmAsync("Mark instance unhealthy", "The group terminates it and launches a replacement.", [instanceId], "Mark unhealthy"))
        {
            await RunAsync($"{instanceId} marked unhealthy", ct => Scaling.SetInstanceHealthAsync(instanceId, "Unhealthy", ct));
        }
    }

    private async Task TerminateAsync(ScalingGroup group, string instanceId)
    {
        var reference = await Dialogs.ShowAsync<ConfirmDialog>("Terminate instance", new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, "Keep the group's size and it launches a replacement; lower it and the group stays one smaller." },
            { d => d.Items, [instanceId] },
            { d => d.ConfirmText, "Terminate and lower the desired capacity" },
        }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var lower = await reference.Result is { Canceled: false };
        if (!lower && !await ConfirmAsync("Terminate instance", "Terminate it and let the group launch a replacement?", [instanceId], "Terminate and replace"))
        {
            return;
        }

        await RunAsync(lower ? $"{instanceId} terminating; {group.Name} is one smaller" : $"{instanceId} terminating; a replacement follows",
            ct => Scaling.TerminateInstanceInGroupAsync(instanceId, lower, ct));
    }

    private async Task ToggleProcessAsync(ScalingGroup group, string process)
    {
        var suspended = group.SuspendedProcesses?.Contains(process) == true;
        await RunAsync($"{process} {(suspended ? "resumed" : "suspended")} for {group.Name}", ct => suspended
            ? Scaling.ResumeProcessesAsync(group.Name, [process], ct)
            : Scaling.SuspendProcessesAsync(group.Name, [process], ct));
    }

    private async Task DeleteAsync(ScalingGroup group)
    {
        var force = group.Instances.Count > 0;
        if (await TypedConfirmDialog.AskAsync(Dialogs, $"Delete scaling group {group.Name}",
                force
                    ? $"It has {group.Instances.Count} instance(s): deleting it now (a forced delete) terminates them with it. This cannot be undone."
                    : "It has no instances. This cannot be undone.",
                group.Name, force ? "Terminate its instances and delete" : "Delete")
            && await RunAsync($"{group.Name} deleted", ct => Scaling.DeleteScalingGroupAsync(group.Name, force, ct)))
        {
            CloseDetail();
        }
    }
}
