using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Scaling;

/// <summary>Auto Scaling over the project's Query client.</summary>
internal sealed class ScalingService(CloudConnection connection) : IScalingService
{
    private Task<QueryServiceClient> ClientAsync(CancellationToken cancellationToken) => connection.QueryAsync(QueryApi.AutoScaling, cancellationToken);

    private QueryParameters Paged(QueryParameters parameters) => parameters.Add("MaxRecords", connection.Options.PageSize);

    public async Task<IReadOnlyList<LaunchConfiguration>> DescribeLaunchConfigurationsAsync(CancellationToken cancellationToken, params string[] names) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ListAllAsync("DescribeLaunchConfigurations",
            Paged(new QueryParameters().AddList("LaunchConfigurationNames", names)), "NextToken", "NextToken",
            ScalingReplies.LaunchConfigurations, cancellationToken).ConfigureAwait(false);

    public async Task CreateLaunchConfigurationAsync(LaunchConfigurationSpec spec, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("CreateLaunchConfiguration",
            ScalingRequests.CreateLaunchConfiguration(spec), cancellationToken).ConfigureAwait(false);

    public async Task DeleteLaunchConfigurationAsync(string name, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DeleteLaunchConfiguration",
            new QueryParameters().Add("LaunchConfigurationName", name), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<ScalingGroup>> DescribeScalingGroupsAsync(CancellationToken cancellationToken, params string[] names) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ListAllAsync("DescribeAutoScalingGroups",
            Paged(new QueryParameters().AddList("AutoScalingGroupNames", names)), "NextToken", "NextToken",
            ScalingReplies.Groups, cancellationToken).ConfigureAwait(false);

    public async Task CreateScalingGroupAsync(ScalingGroupSpec spec, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("CreateAutoScalingGroup",
            ScalingRequests.CreateAutoScalingGroup(spec), cancellationToken).ConfigureAwait(false);

    public async Task UpdateScalingGroupSizeAsync(string name, int? minSize, int? desiredCapacity, int? maxSize, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("UpdateAutoScalingGroup",
            ScalingRequests.UpdateAutoScalingGroup(name, minSize, desiredCapacity, maxSize), cancellationToken).ConfigureAwait(false);

    public async Task SetDesiredCapacityAsync(string name, int desiredCapacity, bool honorCooldown, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("SetDesiredCapacity", new QueryParameters()
            .Add("AutoScalingGroupName", name).Add("DesiredCapacity", desiredCapacity).Add("HonorCooldown", honorCooldown), cancellationToken)
            .ConfigureAwait(false);

    public async Task DeleteScalingGroupAsync(string name, bool force, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DeleteAutoScalingGroup", new QueryParameters()
            .Add("AutoScalingGroupName", name).Add("ForceDelete", force), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<ScalingActivity>> DescribeScalingActivitiesAsync(string groupName, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ListAllAsync("DescribeScalingActivities",
            Paged(new QueryParameters().Add("AutoScalingGroupName", groupName)), "NextToken", "NextToken",
            ScalingReplies.Activities, cancellationToken).ConfigureAwait(false);

    public async Task<string?> PutScalingPolicyAsync(string groupName, string policyName, string adjustmentType, int scalingAdjustment, int? cooldown,
        CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("PutScalingPolicy",
            ScalingRequests.PutScalingPolicy(groupName, policyName, adjustmentType, scalingAdjustment, cooldown),
            result => result.Text("PolicyARN"), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<ScalingPolicy>> DescribePoliciesAsync(string groupName, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ListAllAsync("DescribePolicies",
            Paged(new QueryParameters().Add("AutoScalingGroupName", groupName)), "NextToken", "NextToken",
            ScalingReplies.Policies, cancellationToken).ConfigureAwait(false);

    public async Task DeletePolicyAsync(string groupName, string policyName, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("DeletePolicy", new QueryParameters()
            .Add("AutoScalingGroupName", groupName).Add("PolicyName", policyName), cancellationToken).ConfigureAwait(false);

    public async Task ExecutePolicyAsync(string groupName, string policyName, bool honorCooldown, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("ExecutePolicy", new QueryParameters()
            .Add("AutoScalingGroupName", groupName).Add("PolicyName", policyName).Add("HonorCooldown", honorCooldown), cancellationToken)
            .ConfigureAwait(false);

    public async Task TerminateInstanceInGroupAsync(string instanceId, bool decrementDesiredCapacity, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("TerminateInstanceInAutoScalingGroup", new QueryParameters()
            .Add("InstanceId", instanceId).Add("ShouldDecrementDesiredCapacity", decrementDesiredCapacity), cancellationToken).ConfigureAwait(false);

    public async Task SetInstanceHealthAsync(string instanceId, string healthStatus, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("SetInstanceHealth", new QueryParameters()
            .Add("InstanceId", instanceId).Add("HealthStatus", healthStatus), cancellationToken).ConfigureAwait(false);

    public async Task SuspendProcessesAsync(string groupName, IReadOnlyList<string> processes, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("SuspendProcesses", new QueryParameters()
            .Add("AutoScalingGroupName", groupName).AddList("ScalingProcesses", processes), cancellationToken).ConfigureAwait(false);

    public async Task ResumeProcessesAsync(string groupName, IReadOnlyList<string> processes, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("ResumeProcesses", new QueryParameters()
            .Add("AutoScalingGroupName", groupName).AddList("ScalingProcesses", processes), cancellationToken).ConfigureAwait(false);

    public async Task PutStepScalingPolicyAsync(string groupName, string policyName, string adjustmentType, IReadOnlyList<StepAdjustment> steps,
        CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync("PutScalingPolicy",
            ScalingRequests.PutStepScalingPolicy(groupName, policyName, adjustmentType, steps), cancellationToken).ConfigureAwait(false);
}
