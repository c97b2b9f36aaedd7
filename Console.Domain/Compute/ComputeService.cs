using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;

/// <summary>EC2 through AWSSDK.EC2. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
public sealed class ComputeService(CloudConnection connection) : IComputeService
{
    private int? PageSize => connection.Options.PageSize;

    public Task<IReadOnlyList<Instance>> DescribeInstancesAsync(CancellationToken cancellationToken, params string[] instanceIds) =>
        PagedAsync("DescribeInstances",
            (ec2, token) => ec2.DescribeInstancesAsync(new Ec2.DescribeInstancesRequest
            {
                InstanceIds = instanceIds.Length > 0 ? [.. instanceIds] : null,
                MaxResults = instanceIds.Length > 0 ? null : PageSize,
                NextToken = token,
            }, cancellationToken),
            reply => (reply.Reservations ?? []).SelectMany(r => r.Instances ?? []).Select(Ec2Mapping.Instance), reply => reply.NextToken,
            cancellationToken);

    public Task<IReadOnlyList<Instance>> RunInstancesAsync(RunInstancesSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return CallAsync("RunInstances", async ec2 =>
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
        CallAsync("StartInstances", ec2 => ec2.StartInstancesAsync(new Ec2.StartInstancesRequest([.. instanceIds]), cancellationToken), cancellationToken);

    public Task StopInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        CallAsync("StopInstances", ec2 => ec2.StopInstancesAsync(new Ec2.StopInstancesRequest([.. instanceIds]), cancellationToken), cancellationToken);

    public Task RebootInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        CallAsync("RebootInstances", ec2 => ec2.RebootInstancesAsync(new Ec2.RebootInstancesRequest([.. instanceIds]), cancellationToken), cancellationToken);

    public Task TerminateInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        CallAsync("TerminateInstances", ec2 => ec2.TerminateInstancesAsync(new Ec2.TerminateInstancesRequest([.. instanceIds]), cancellationToken), cancellationToken);

    public Task<string?> GetConsoleOutputAsync(string instanceId, CancellationToken cancellationToken) =>
        CallAsync("GetConsoleOutput", async ec2 =>
        {
            var reply = await ec2.GetConsoleOutputAsync(new Ec2.GetConsoleOutputRequest { InstanceId = instanceId }, cancellationToken).ConfigureAwait(false);
            return reply.Output is { Length: > 0 } output ? Encoding.UTF8.GetString(Convert.FromBase64String(output)) : null;
        }, cancellationToken);

    public Task<string?> GetUserDataAsync(string instanceId, CancellationToken cancellationToken) =>
        CallAsync("DescribeInstanceAttribute", async ec2 =>
        {
            var reply = await ec2.DescribeInstanceAttributeAsync(new Ec2.DescribeInstanceAttributeRequest(instanceId, InstanceAttributeName.UserData),
                cancellationToken).ConfigureAwait(false);
            return reply.InstanceAttribute?.UserData is { Length: > 0 } data ? Encoding.UTF8.GetString(Convert.FromBase64String(data)) : null;
        }, cancellationToken);

    public async Task<IReadOnlyList<InstanceTypeInfo>> DescribeInstanceTypesAsync(CancellationToken cancellationToken)
    {
        var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
        if (session.Profile.Dialect.InstanceTypes == InstanceTypeSource.EucalyptusVmTypes)
        {
            var query = await connection.QueryAsync(QueryApi.EucalyptusCompute, cancellationToken).ConfigureAwait(false);
            return await query.CallAsync(EucalyptusVmTypes.Action, null, EucalyptusVmTypes.Read, cancellationToken).ConfigureAwait(false);
        }

        return await DescribeEc2InstanceTypesAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<IReadOnlyList<InstanceTypeInfo>> DescribeEc2InstanceTypesAsync(CancellationToken cancellationToken) =>
        PagedAsync("DescribeInstanceTypes",
            (ec2, token) => ec2.DescribeInstanceTypesAsync(new Ec2.DescribeInstanceTypesRequest { MaxResults = PageSize, NextToken = token }, cancellationToken),
            reply => (reply.InstanceTypes ?? []).Select(t => new InstanceTypeInfo(t.InstanceType.Value, t.VCpuInfo?.DefaultVCpus, t.MemoryInfo?.SizeInMiB,
                [.. (t.ProcessorInfo?.SupportedArchitectures ?? []).Select(a => a.ToString())])),
            reply => reply.NextToken, cancellationToken);

    public async Task<IReadOnlyList<Image>> DescribeImagesAsync(ImageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Owners.Count == 0 || query.ExecutableBy.Count == 0)
        {
            return await DescribeImagesAsync(query.Owners, query.ExecutableBy, cancellationToken).ConfigureAwait(false);
        }

        // Owned OR launchable: the API would intersect the two filters, so ask twice and merge.
        var owned = DescribeImagesAsync(query.Owners, [], cancellationToken);
        var launchable = DescribeImagesAsync([], query.ExecutableBy, cancellationToken);
        return [.. (await owned.ConfigureAwait(false)).Concat(await launchable.ConfigureAwait(false)).DistinctBy(i => i.Id)];
    }

    private Task<IReadOnlyList<Image>> DescribeImagesAsync(IReadOnlyList<string> owners, IReadOnlyList<string> executableBy,
        CancellationToken cancellationToken) =>
        PagedAsync("DescribeImages",
            (ec2, token) => ec2.DescribeImagesAsync(new Ec2.DescribeImagesRequest
            {
                Owners = owners.Count > 0 ? [.. owners] : null,
                ExecutableUsers = executableBy.Count > 0 ? [.. executableBy] : null,
                MaxResults = PageSize,
                NextToken = token,
            }, cancellationToken),
            reply => (reply.Images ?? []).Select(Ec2Mapping.Image), reply => reply.NextToken, cancellationToken);

    // Nothing is cached here: every read asks the cloud.
    public Task ForgetImagesAsync(ImageQuery query, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<DateTimeOffset?> ImagesFetchedAtAsync(ImageQuery query, CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);

    public async Task<Image?> DescribeImageAsync(string imageId, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync("DescribeImages", async ec2 => (await ec2.DescribeImagesAsync(new Ec2.DescribeImagesRequest { ImageIds = [imageId] },
                cancellationToken).ConfigureAwait(false)).Images?.Select(Ec2Mapping.Image).FirstOrDefault(i => i.Id == imageId), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (CloudException error) when (error.Code is "InvalidAMIID.NotFound" or "InvalidAMIID.Malformed" or "InvalidAMIID.Unavailable")
        {
            return null;
        }
    }

    public Task<string> CreateImageAsync(string instanceId, string name, string? description, bool noReboot, CancellationToken cancellationToken) =>
        CallAsync("CreateImage", async ec2 => (await ec2.CreateImageAsync(new Ec2.CreateImageRequest(instanceId, name)
        {
            Description = description,
            NoReboot = noReboot,
        }, cancellationToken).ConfigureAwait(false)).ImageId, cancellationToken);

    public Task<string> RegisterImageAsync(RegisterImageSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return CallAsync("RegisterImage", async ec2 => (await ec2.RegisterImageAsync(new Ec2.RegisterImageRequest
        {
            Name = spec.Name,
            Description = spec.Description,
            Architecture = ArchitectureValues.FindValue(spec.Architecture),
            RootDeviceName = spec.RootDeviceName,
            VirtualizationType = spec.VirtualizationType,
            BlockDeviceMappings = [new Ec2.BlockDeviceMapping { DeviceName = spec.RootDeviceName, Ebs = new Ec2.EbsBlockDevice { SnapshotId = spec.SnapshotId } }],
        }, cancellationToken).ConfigureAwait(false)).ImageId, cancellationToken);
    }

    public Task DeregisterImageAsync(string imageId, CancellationToken cancellationToken) =>
        CallAsync("DeregisterImage", ec2 => ec2.DeregisterImageAsync(new Ec2.DeregisterImageRequest(imageId), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<LaunchPermission>> DescribeLaunchPermissionsAsync(string imageId, CancellationToken cancellationToken) =>
        CallAsync("DescribeImageAttribute", async ec2 =>
        {
            var reply = await ec2.DescribeImageAttributeAsync(new Ec2.DescribeImageAttributeRequest(imageId, ImageAttributeName.LaunchPermission),
                cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<LaunchPermission>)[.. (reply.ImageAttribute?.LaunchPermissions ?? [])
                .Select(p => new LaunchPermission(p.UserId, p.Group?.Value))];
        }, cancellationToken);

    public Task ModifyLaunchPermissionsAsync(string imageId, IReadOnlyList<LaunchPermission> add, IReadOnlyList<LaunchPermission> remove,
        CancellationToken cancellationToken)
    {
        static List<Ec2.LaunchPermission>? Map(IReadOnlyList<LaunchPermission> permissions) => permissions.Count == 0 ? null :
            [.. permissions.Select(p => new Ec2.LaunchPermission { UserId = p.UserId, Group = p.Group is null ? null : PermissionGroup.FindValue(p.Group) })];
        return CallAsync("ModifyImageAttribute", ec2 => ec2.ModifyImageAttributeAsync(new Ec2.ModifyImageAttributeRequest
        {
            ImageId = imageId,
            LaunchPermission = new Ec2.LaunchPermissionModifications { Add = Map(add), Remove = Map(remove) },
        }, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<Volume>> DescribeVolumesAsync(CancellationToken cancellationToken) =>
        PagedAsync("DescribeVolumes",
            (ec2, token) => ec2.DescribeVolumesAsync(new Ec2.DescribeVolumesRequest { MaxResults = PageSize, NextToken = token }, cancellationToken),
            reply => (reply.Volumes ?? []).Select(Ec2Mapping.Volume), reply => reply.NextToken, cancellationToken);

    public Task<Volume> CreateVolumeAsync(string availabilityZone, int sizeGiB, string? volumeType, string? snapshotId, CancellationToken cancellationToken) =>
        CallAsync("CreateVolume", async ec2 => Ec2Mapping.Volume((await ec2.CreateVolumeAsync(new Ec2.CreateVolumeRequest
        {
            AvailabilityZone = availabilityZone,
            Size = sizeGiB,
            VolumeType = volumeType,
            SnapshotId = snapshotId,
        }, cancellationToken).ConfigureAwait(false)).Volume), cancellationToken);

    public Task AttachVolumeAsync(string volumeId, string instanceId, string device, CancellationToken cancellationToken) =>
        CallAsync("AttachVolume", ec2 => ec2.AttachVolumeAsync(new Ec2.AttachVolumeRequest(volumeId, instanceId, device), cancellationToken), cancellationToken);

    // InstanceId is optional in the API, but moto 5.2.1 fails with a 500 without it; Force is only sent when set.
    public Task DetachVolumeAsync(string volumeId, string instanceId, bool force, CancellationToken cancellationToken) =>
        CallAsync("DetachVolume", ec2 => ec2.DetachVolumeAsync(new Ec2.DetachVolumeRequest(volumeId)
        {
            InstanceId = instanceId,
            Force = force ? true : null,
        }, cancellationToken), cancellationToken);

    public Task DeleteVolumeAsync(string volumeId, CancellationToken cancellationToken) =>
        CallAsync("DeleteVolume", ec2 => ec2.DeleteVolumeAsync(new Ec2.DeleteVolumeRequest(volumeId), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<Snapshot>> DescribeSnapshotsAsync(CancellationToken cancellationToken) =>
        PagedAsync("DescribeSnapshots",
            (ec2, token) => ec2.DescribeSnapshotsAsync(new Ec2.DescribeSnapshotsRequest { OwnerIds = ["self"], MaxResults = PageSize, NextToken = token },
                cancellationToken),
            reply => (reply.Snapshots ?? []).Select(Ec2Mapping.Snapshot), reply => reply.NextToken, cancellationToken);

    public Task<Snapshot> CreateSnapshotAsync(string volumeId, string? description, CancellationToken cancellationToken) =>
        CallAsync("CreateSnapshot", async ec2 => Ec2Mapping.Snapshot((await ec2.CreateSnapshotAsync(new Ec2.CreateSnapshotRequest(volumeId, description),
            cancellationToken).ConfigureAwait(false)).Snapshot), cancellationToken);

    public Task DeleteSnapshotAsync(string snapshotId, CancellationToken cancellationToken) =>
        CallAsync("DeleteSnapshot", ec2 => ec2.DeleteSnapshotAsync(new Ec2.DeleteSnapshotRequest(snapshotId), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<SecurityGroup>> DescribeSecurityGroupsAsync(CancellationToken cancellationToken) =>
        PagedAsync("DescribeSecurityGroups",
            (ec2, token) => ec2.DescribeSecurityGroupsAsync(new Ec2.DescribeSecurityGroupsRequest { MaxResults = PageSize, NextToken = token }, cancellationToken),
            reply => (reply.SecurityGroups ?? []).Select(Ec2Mapping.SecurityGroup), reply => reply.NextToken, cancellationToken);

    public Task<string> CreateSecurityGroupAsync(string name, string description, string? vpcId, CancellationToken cancellationToken) =>
        CallAsync("CreateSecurityGroup", async ec2 => (await ec2.CreateSecurityGroupAsync(new Ec2.CreateSecurityGroupRequest(name, description)
        {
            VpcId = vpcId,
        }, cancellationToken).ConfigureAwait(false)).GroupId, cancellationToken);

    public Task DeleteSecurityGroupAsync(string groupId, CancellationToken cancellationToken) =>
        CallAsync("DeleteSecurityGroup", ec2 => ec2.DeleteSecurityGroupAsync(new Ec2.DeleteSecurityGroupRequest { GroupId = groupId }, cancellationToken),
            cancellationToken);

    public Task AuthorizeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) =>
        CallAsync("AuthorizeSecurityGroupIngress", ec2 => ec2.AuthorizeSecurityGroupIngressAsync(new Ec2.AuthorizeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = [Ec2Mapping.Permission(rule)],
        }, cancellationToken), cancellationToken);

    public Task RevokeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) =>
        CallAsync("RevokeSecurityGroupIngress", ec2 => ec2.RevokeSecurityGroupIngressAsync(new Ec2.RevokeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = [Ec2Mapping.Permission(rule)],
        }, cancellationToken), cancellationToken);

    public Task AuthorizeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) =>
        CallAsync("AuthorizeSecurityGroupEgress", ec2 => ec2.AuthorizeSecurityGroupEgressAsync(new Ec2.AuthorizeSecurityGroupEgressRequest
        {
            GroupId = groupId,
            IpPermissions = [Ec2Mapping.Permission(rule)],
        }, cancellationToken), cancellationToken);

    public Task RevokeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken) =>
        CallAsync("RevokeSecurityGroupEgress", ec2 => ec2.RevokeSecurityGroupEgressAsync(new Ec2.RevokeSecurityGroupEgressRequest
        {
            GroupId = groupId,
            IpPermissions = [Ec2Mapping.Permission(rule)],
        }, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<KeyPair>> DescribeKeyPairsAsync(CancellationToken cancellationToken) =>
        CallAsync("DescribeKeyPairs", async ec2 => (IReadOnlyList<KeyPair>)[.. ((await ec2.DescribeKeyPairsAsync(new Ec2.DescribeKeyPairsRequest(),
            cancellationToken).ConfigureAwait(false)).KeyPairs ?? []).Select(k => new KeyPair(k.KeyName, k.KeyFingerprint, k.KeyPairId))], cancellationToken);

    public Task<CreatedKeyPair> CreateKeyPairAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("CreateKeyPair", async ec2 =>
        {
            var reply = await ec2.CreateKeyPairAsync(new Ec2.CreateKeyPairRequest(name), cancellationToken).ConfigureAwait(false);
            return new CreatedKeyPair(new KeyPair(reply.KeyPair.KeyName, reply.KeyPair.KeyFingerprint, reply.KeyPair.KeyPairId), reply.KeyPair.KeyMaterial);
        }, cancellationToken);

    public Task<KeyPair> ImportKeyPairAsync(string name, string publicKey, CancellationToken cancellationToken) =>
        CallAsync("ImportKeyPair", async ec2 =>
        {
            // The API takes the key base64-encoded (the CLI does this for you; the SDK does not).
            var material = Convert.ToBase64String(Encoding.UTF8.GetBytes(publicKey.Trim()));
            var reply = await ec2.ImportKeyPairAsync(new Ec2.ImportKeyPairRequest(name, material), cancellationToken).ConfigureAwait(false);
            return new KeyPair(reply.KeyName, reply.KeyFingerprint, reply.KeyPairId);
        }, cancellationToken);

    public Task DeleteKeyPairAsync(string name, CancellationToken cancellationToken) =>
        CallAsync("DeleteKeyPair", ec2 => ec2.DeleteKeyPairAsync(new Ec2.DeleteKeyPairRequest(name), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<Address>> DescribeAddressesAsync(CancellationToken cancellationToken) =>
        CallAsync("DescribeAddresses", async ec2 => (IReadOnlyList<Address>)[.. ((await ec2.DescribeAddressesAsync(new Ec2.DescribeAddressesRequest(),
            cancellationToken).ConfigureAwait(false)).Addresses ?? []).Select(Ec2Mapping.Address)], cancellationToken);

    public Task<Address> AllocateAddressAsync(CancellationToken cancellationToken) =>
        CallAsync("AllocateAddress", async ec2 =>
        {
            var reply = await ec2.AllocateAddressAsync(new Ec2.AllocateAddressRequest { Domain = DomainType.Vpc }, cancellationToken).ConfigureAwait(false);
            return new Address(reply.PublicIp, reply.AllocationId, null, null, null, reply.Domain?.Value ?? "vpc");
        }, cancellationToken);

    public Task<string?> AssociateAddressAsync(Address address, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return CallAsync<string?>("AssociateAddress", async ec2 => (await ec2.AssociateAddressAsync(new Ec2.AssociateAddressRequest
        {
            AllocationId = address.AllocationId,
            PublicIp = address.AllocationId is null ? address.PublicIp : null,
            InstanceId = instanceId,
        }, cancellationToken).ConfigureAwait(false)).AssociationId, cancellationToken);
    }

    public Task DisassociateAddressAsync(Address address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return CallAsync("DisassociateAddress", ec2 => ec2.DisassociateAddressAsync(new Ec2.DisassociateAddressRequest
        {
            AssociationId = address.AssociationId,
            PublicIp = address.AssociationId is null ? address.PublicIp : null,
        }, cancellationToken), cancellationToken);
    }

    public Task ReleaseAddressAsync(Address address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return CallAsync("ReleaseAddress", ec2 => ec2.ReleaseAddressAsync(new Ec2.ReleaseAddressRequest
        {
            AllocationId = address.AllocationId,
            PublicIp = address.AllocationId is null ? address.PublicIp : null,
        }, cancellationToken), cancellationToken);
    }

    public Task CreateTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<Tag> tags, CancellationToken cancellationToken) =>
        CallAsync("CreateTags", ec2 => ec2.CreateTagsAsync(new Ec2.CreateTagsRequest([.. resourceIds], [.. tags.Select(t => new Ec2.Tag(t.Key, t.Value))]),
            cancellationToken), cancellationToken);

    public Task DeleteTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        CallAsync("DeleteTags", ec2 => ec2.DeleteTagsAsync(new Ec2.DeleteTagsRequest([.. resourceIds]) { Tags = [.. keys.Select(k => new Ec2.Tag { Key = k })] },
            cancellationToken), cancellationToken);

    public Task<IReadOnlyList<AvailabilityZone>> DescribeAvailabilityZonesAsync(CancellationToken cancellationToken) =>
        CallAsync("DescribeAvailabilityZones", async ec2 => (IReadOnlyList<AvailabilityZone>)[.. ((await ec2.DescribeAvailabilityZonesAsync(
            new Ec2.DescribeAvailabilityZonesRequest(), cancellationToken).ConfigureAwait(false)).AvailabilityZones ?? [])
            .Select(z => new AvailabilityZone(z.ZoneName, z.State?.Value ?? string.Empty, z.RegionName ?? string.Empty))], cancellationToken);

    public Task<IReadOnlyList<CloudRegion>> DescribeRegionsAsync(CancellationToken cancellationToken) =>
        CallAsync("DescribeRegions", async ec2 => (IReadOnlyList<CloudRegion>)[.. ((await ec2.DescribeRegionsAsync(new Ec2.DescribeRegionsRequest(),
            cancellationToken).ConfigureAwait(false)).Regions ?? []).Select(r => new CloudRegion(r.RegionName, r.Endpoint ?? string.Empty))], cancellationToken);

    private async Task<T> CallAsync<T>(string operation, Func<AmazonEC2Client, Task<T>> call, CancellationToken cancellationToken)
    {
        var ec2 = await connection.ComputeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await call(ec2).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
            throw SdkErrors.Translate(error, CloudService.Compute, operation, ServiceEndpoints.Resolve(session.Profile, CloudService.Compute));
        }
    }

    private async Task<IReadOnlyList<T>> PagedAsync<TReply, T>(string operation, Func<AmazonEC2Client, string?, Task<TReply>> call,
        Func<TReply, IEnumerable<T>> items, Func<TReply, string?> next, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        string? token = null;
        do
        {
            var reply = await CallAsync(operation, ec2 => call(ec2, token), cancellationToken).ConfigureAwait(false);
            all.AddRange(items(reply));
            token = next(reply);
        }
        while (!string.IsNullOrEmpty(token));

        return all;
    }
}
