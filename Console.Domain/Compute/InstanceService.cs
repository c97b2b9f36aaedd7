using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;
/// <summary>Instances: launch, state changes, console output and user data. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
/// <param name="sameLists">
/// Instances are not cached (they change), so every page showing them loads its own list. A whole list
/// the cloud answers the same as the last time for the same principal is handed out as that same list
/// (<see cref="IdenticalLists"/>): one user's circuits, or many signed in as one identity, share it and
/// what is built on it (search index, rows). Without it, every answer is a list of its own.
/// </param>
internal sealed class InstanceService(Ec2Calls calls, IdenticalLists? sameLists = null) : IInstanceService
{
    public async Task<IReadOnlyList<Instance>> DescribeInstancesAsync(CancellationToken cancellationToken, params string[] instanceIds)
    {
        var instances = await DescribeAsync(instanceIds, cancellationToken).ConfigureAwait(false);
        return sameLists is null || instanceIds.Length > 0
            ? instances
            : sameLists.Share(await calls.ScopeAsync(cancellationToken).ConfigureAwait(false), "instances", instances, InstanceEquality.Instance);
    }

    private Task<IReadOnlyList<Instance>> DescribeAsync(string[] instanceIds, CancellationToken cancellationToken) =>
        calls.PagedAsync("DescribeInstances",
            (ec2, token) => ec2.DescribeInstancesAsync(new Ec2.DescribeInstancesRequest
            {
                InstanceIds = instanceIds.Length > 0 ? [.. instanceIds] : null,
                MaxResults = instanceIds.Length > 0 ? null : calls.PageSize,
                NextToken = token,
            }, cancellationToken),
            reply => (reply.Reservations ?? []).SelectMany(r => r.Instances ?? []).Select(Ec2Mapping.Instance), reply => reply.NextToken,
            cancellationToken);

    public Task<IReadOnlyList<Instance>> RunInstancesAsync(RunInstancesSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return calls.CallAsync("RunInstances", async ec2 =>
        {
            var request = new Ec2.RunInstancesRequest
            {
                ImageId = spec.ImageId,
                InstanceType = InstanceType.FindValue(spec.InstanceType),
                MinCount = spec.Count,
                MaxCount = spec.Count,
                KeyName = spec.KeyName,
                SecurityGroupIds = spec.SecurityGroupIds is { Count: > 0 } groups ? [.. groups] : null,
                Placement = spec.AvailabilityZone is { } zone ? new Ec2.Placement { AvailabilityZone = zone } : null,
                UserData = spec.UserData is { Length: > 0 } data ? Convert.ToBase64String(Encoding.UTF8.GetBytes(data)) : null,
                Monitoring = spec.Monitoring,
                IamInstanceProfile = spec.IamInstanceProfileArn is { } profile ? new Ec2.IamInstanceProfileSpecification { Arn = profile } : null,
                TagSpecifications = spec.Tags is { Count: > 0 } tags
                    ? [new Ec2.TagSpecification { ResourceType = ResourceType.Instance, Tags = [.. tags.Select(t => new Ec2.Tag(t.Key, t.Value))] }]
                    : null,
            };
            var reply = await ec2.RunInstancesAsync(request, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<Instance>)[.. (reply.Reservation?.Instances ?? []).Select(Ec2Mapping.Instance)];
        }, cancellationToken);
    }

    public Task StartInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        calls.CallAsync("StartInstances", ec2 => ec2.StartInstancesAsync(new Ec2.StartInstancesRequest([.. instanceIds]), cancellationToken), cancellationToken);

    public Task StopInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        calls.CallAsync("StopInstances", ec2 => ec2.StopInstancesAsync(new Ec2.StopInstancesRequest([.. instanceIds]), cancellationToken), cancellationToken);

    public Task RebootInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        calls.CallAsync("RebootInstances", ec2 => ec2.RebootInstancesAsync(new Ec2.RebootInstancesRequest([.. instanceIds]), cancellationToken), cancellationToken);

    public Task TerminateInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        calls.CallAsync("TerminateInstances", ec2 => ec2.TerminateInstancesAsync(new Ec2.TerminateInstancesRequest([.. instanceIds]), cancellationToken), cancellationToken);

    public Task<string?> GetConsoleOutputAsync(string instanceId, CancellationToken cancellationToken) =>
        calls.CallAsync("GetConsoleOutput", async ec2 =>
        {
            var reply = await ec2.GetConsoleOutputAsync(new Ec2.GetConsoleOutputRequest { InstanceId = instanceId }, cancellationToken).ConfigureAwait(false);
            return reply.Output is { Length: > 0 } output ? Encoding.UTF8.GetString(Convert.FromBase64String(output)) : null;
        }, cancellationToken);

    public Task<string?> GetUserDataAsync(string instanceId, CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeInstanceAttribute", async ec2 =>
        {
            var reply = await ec2.DescribeInstanceAttributeAsync(new Ec2.DescribeInstanceAttributeRequest(instanceId, InstanceAttributeName.UserData),
                cancellationToken).ConfigureAwait(false);
            return reply.InstanceAttribute?.UserData is { Length: > 0 } data ? Encoding.UTF8.GetString(Convert.FromBase64String(data)) : null;
        }, cancellationToken);

    public Task<InstanceSettings> DescribeInstanceSettingsAsync(string instanceId, CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeInstanceAttribute", async ec2 =>
        {
            var protection = await ec2.DescribeInstanceAttributeAsync(new Ec2.DescribeInstanceAttributeRequest(instanceId,
                InstanceAttributeName.DisableApiTermination), cancellationToken).ConfigureAwait(false);
            var shutdown = await ec2.DescribeInstanceAttributeAsync(new Ec2.DescribeInstanceAttributeRequest(instanceId,
                InstanceAttributeName.InstanceInitiatedShutdownBehavior), cancellationToken).ConfigureAwait(false);
            return new InstanceSettings(protection.InstanceAttribute?.DisableApiTermination ?? false,
                shutdown.InstanceAttribute?.InstanceInitiatedShutdownBehavior is { Length: > 0 } behavior ? behavior : "stop");
        }, cancellationToken);

    public Task SetTerminationProtectionAsync(string instanceId, bool enabled, CancellationToken cancellationToken) =>
        calls.CallAsync("ModifyInstanceAttribute", ec2 => ec2.ModifyInstanceAttributeAsync(new Ec2.ModifyInstanceAttributeRequest
        {
            InstanceId = instanceId,
            DisableApiTermination = enabled,
        }, cancellationToken), cancellationToken);

    public Task SetShutdownBehaviorAsync(string instanceId, string behavior, CancellationToken cancellationToken) =>
        calls.CallAsync("ModifyInstanceAttribute", ec2 => ec2.ModifyInstanceAttributeAsync(new Ec2.ModifyInstanceAttributeRequest
        {
            InstanceId = instanceId,
            // The Attribute/Value form: EC2 takes both spellings, and clouds that implement only this one (moto) take it too.
            Attribute = InstanceAttributeName.InstanceInitiatedShutdownBehavior,
            Value = behavior,
        }, cancellationToken), cancellationToken);

    public Task<string?> GetPasswordDataAsync(string instanceId, CancellationToken cancellationToken) =>
        calls.CallAsync("GetPasswordData", async ec2 =>
        {
            var reply = await ec2.GetPasswordDataAsync(new Ec2.GetPasswordDataRequest(instanceId), cancellationToken).ConfigureAwait(false);
            return reply.PasswordData is { Length: > 0 } data ? data.Trim() : null;
        }, cancellationToken);
}
