namespace EucaConsole.Domain.Compute;

/// <summary>EC2: instances, images, volumes, snapshots, security groups, key pairs, addresses, tags, zones.</summary>
public interface IComputeService
{
    Task<IReadOnlyList<Instance>> DescribeInstancesAsync(CancellationToken cancellationToken, params string[] instanceIds);

    Task<IReadOnlyList<Instance>> RunInstancesAsync(RunInstancesSpec spec, CancellationToken cancellationToken);

    Task StartInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task StopInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task RebootInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task TerminateInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    /// <summary>The console output, decoded; null when the instance has produced none yet.</summary>
    Task<string?> GetConsoleOutputAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>The instance's user data, decoded as UTF-8 text; null when it has none.</summary>
    Task<string?> GetUserDataAsync(string instanceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<InstanceTypeInfo>> DescribeInstanceTypesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Image>> DescribeImagesAsync(ImageQuery query, CancellationToken cancellationToken);

    /// <summary>Forgets any cached copy of this image list, so the next read asks the cloud (the table's Reload).</summary>
    Task ForgetImagesAsync(ImageQuery query, CancellationToken cancellationToken);

    /// <summary>When the image list a read would return was fetched from the cloud; null when it is fetched on each read or unknown.</summary>
    Task<DateTimeOffset?> ImagesFetchedAtAsync(ImageQuery query, CancellationToken cancellationToken);

    /// <summary>One image by id, or null when the cloud has none such (not found, or not an image id).</summary>
    Task<Image?> DescribeImageAsync(string imageId, CancellationToken cancellationToken);

    Task<string> CreateImageAsync(string instanceId, string name, string? description, bool noReboot, CancellationToken cancellationToken);

    Task<string> RegisterImageAsync(RegisterImageSpec spec, CancellationToken cancellationToken);

    Task DeregisterImageAsync(string imageId, CancellationToken cancellationToken);

    Task<IReadOnlyList<LaunchPermission>> DescribeLaunchPermissionsAsync(string imageId, CancellationToken cancellationToken);

    /// <summary>Adds and removes launch permissions; <see cref="LaunchPermission.Group"/> "all" makes an image public.</summary>
    Task ModifyLaunchPermissionsAsync(string imageId, IReadOnlyList<LaunchPermission> add, IReadOnlyList<LaunchPermission> remove,
        CancellationToken cancellationToken);

    Task<IReadOnlyList<Volume>> DescribeVolumesAsync(CancellationToken cancellationToken);

    Task<Volume> CreateVolumeAsync(string availabilityZone, int sizeGiB, string? volumeType, string? snapshotId, CancellationToken cancellationToken);

    Task AttachVolumeAsync(string volumeId, string instanceId, string device, CancellationToken cancellationToken);

    /// <summary>Detaches a volume from the instance it is attached to (naming the instance, as some clouds require).</summary>
    Task DetachVolumeAsync(string volumeId, string instanceId, bool force, CancellationToken cancellationToken);

    Task DeleteVolumeAsync(string volumeId, CancellationToken cancellationToken);

    /// <summary>Snapshots owned by the caller (the public ones number in the hundreds of thousands on AWS).</summary>
    Task<IReadOnlyList<Snapshot>> DescribeSnapshotsAsync(CancellationToken cancellationToken);

    Task<Snapshot> CreateSnapshotAsync(string volumeId, string? description, CancellationToken cancellationToken);

    Task DeleteSnapshotAsync(string snapshotId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SecurityGroup>> DescribeSecurityGroupsAsync(CancellationToken cancellationToken);

    Task<string> CreateSecurityGroupAsync(string name, string description, string? vpcId, CancellationToken cancellationToken);

    Task DeleteSecurityGroupAsync(string groupId, CancellationToken cancellationToken);

    Task AuthorizeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken);

    Task RevokeIngressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken);

    Task AuthorizeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken);

    Task RevokeEgressAsync(string groupId, SecurityRule rule, CancellationToken cancellationToken);

    Task<IReadOnlyList<KeyPair>> DescribeKeyPairsAsync(CancellationToken cancellationToken);

    Task<CreatedKeyPair> CreateKeyPairAsync(string name, CancellationToken cancellationToken);

    /// <summary>Imports an OpenSSH public key (the text of an id_*.pub file).</summary>
    Task<KeyPair> ImportKeyPairAsync(string name, string publicKey, CancellationToken cancellationToken);

    Task DeleteKeyPairAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<Address>> DescribeAddressesAsync(CancellationToken cancellationToken);

    Task<Address> AllocateAddressAsync(CancellationToken cancellationToken);

    /// <summary>Associates by allocation id (VPC) or, when there is none, by public IP (EC2-Classic, Eucalyptus).</summary>
    Task<string?> AssociateAddressAsync(Address address, string instanceId, CancellationToken cancellationToken);

    Task DisassociateAddressAsync(Address address, CancellationToken cancellationToken);

    Task ReleaseAddressAsync(Address address, CancellationToken cancellationToken);

    Task CreateTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<Tag> tags, CancellationToken cancellationToken);

    Task DeleteTagsAsync(IReadOnlyList<string> resourceIds, IReadOnlyList<string> keys, CancellationToken cancellationToken);

    Task<IReadOnlyList<AvailabilityZone>> DescribeAvailabilityZonesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<CloudRegion>> DescribeRegionsAsync(CancellationToken cancellationToken);
}
