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
        await RunAsync(L["{0}: min {1}, desired {2}, max {3}", group.Name, capacity.MinSize, capacity.DesiredCapacity, capacity.MaxSize],
            ct => Scaling.UpdateScalingGroupSizeAsync(group.Name, capacity.MinSize, capacity.DesiredCapacity, capacity.MaxSize, ct));

    private async Task MarkUnhealthyAsync(string instanceId)
    {
        if (await ConfirmAsync(L["Mark instance unhealthy"], L["The group terminates it and launches a replacement."], [instanceId], L["Mark unhealthy"]))
        {
            await RunAsync(L["{0} marked unhealthy", instanceId], ct => Scaling.SetInstanceHealthAsync(instanceId, "Unhealthy", ct));
        }
    }

    private async Task TerminateAsync(ScalingGroup group, string instanceId)
    {
        var reference = await Dialogs.ShowAsync<ConfirmDialog>(L["Terminate instance"], new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, L["Keep the group's size and it launches a replacement; lower it and the group stays one smaller."] },
            { d => d.Items, [instanceId] },
            { d => d.ConfirmText, L["Terminate and lower the desired capacity"] },
        }, DialogSizes.Small);
        var lower = await reference.Result is { Canceled: false };
        if (!lower && !await ConfirmAsync(L["Terminate instance"], L["Terminate it and let the group launch a replacement?"], [instanceId], L["Terminate and replace"]))
        {
            return;
        }

        await RunAsync(lower ? L["{0} terminating; {1} is one smaller", instanceId, group.Name] : L["{0} terminating; a replacement follows", instanceId],
            ct => Scaling.TerminateInstanceInGroupAsync(instanceId, lower, ct));
    }

    private async Task ToggleProcessAsync(ScalingGroup group, string process)
    {
        var suspended = group.SuspendedProcesses?.Contains(process) == true;
        await RunAsync(suspended ? L["{0} resumed for {1}", process, group.Name] : L["{0} suspended for {1}", process, group.Name], ct => suspended
            ? Scaling.ResumeProcessesAsync(group.Name, [process], ct)
            : Scaling.SuspendProcessesAsync(group.Name, [process], ct));
    }

    private Task<bool> CreatePolicyAsync(ScalingGroup group, NewScalingPolicy policy) => Commands.RunAsync(L["Policy {0} created", policy.Name],
        ct => policy.Steps is { } steps
            ? Scaling.PutStepScalingPolicyAsync(group.Name, policy.Name, policy.AdjustmentType, steps, ct)
            : Scaling.PutScalingPolicyAsync(group.Name, policy.Name, policy.AdjustmentType, policy.Adjustment, policy.Cooldown, ct));

    private async Task ExecutePolicyAsync(ScalingGroup group, ScalingPolicy policy)
    {
        if (await ConfirmAsync(L["Run policy now"], L["{0} changes its capacity: {1}.", group.Name, ScalingPolicies.Describe(policy, L)], [policy.Name], "Run"))
        {
            await Commands.RunAsync(L["{0} run", policy.Name], ct => Scaling.ExecutePolicyAsync(group.Name, policy.Name, honorCooldown: false, ct));
        }
    }

    private async Task DeletePolicyAsync(ScalingGroup group, ScalingPolicy policy)
    {
        if (await ConfirmAsync(L["Delete policy"], L["Alarms that run it stop doing anything."], [policy.Name], "Delete"))
        {
            await Commands.RunAsync(L["{0} deleted", policy.Name], ct => Scaling.DeletePolicyAsync(group.Name, policy.Name, ct));
        }
    }

    private async Task DeleteAsync(ScalingGroup group)
    {
        var force = group.Instances.Count > 0;
        if (await TypedConfirmDialog.AskAsync(Dialogs, L["Delete scaling group {0}", group.Name],
                force
                    ? L["It has {0} instance(s): deleting it now (a forced delete) terminates them with it. This cannot be undone.", group.Instances.Count]
                    : L["It has no instances. This cannot be undone."],
                group.Name, force ? L["Terminate its instances and delete"] : "Delete")
            && await RunAsync(L["{0} deleted", group.Name], ct => Scaling.DeleteScalingGroupAsync(group.Name, force, ct)))
        {
            CloseDetail();
        }
    }
}
