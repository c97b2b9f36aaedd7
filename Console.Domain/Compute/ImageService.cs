using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;
/// <summary>Images: the lists, one image, registering, deregistering and launch permissions. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
internal sealed class ImageService(Ec2Calls calls) : IImageService
{
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
        calls.PagedAsync("DescribeImages",
            (ec2, token) => ec2.DescribeImagesAsync(new Ec2.DescribeImagesRequest
            {
                Owners = owners.Count > 0 ? [.. owners] : null,
                ExecutableUsers = executableBy.Count > 0 ? [.. executableBy] : null,
                MaxResults = calls.PageSize,
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
            return await calls.CallAsync("DescribeImages", async ec2 => (await ec2.DescribeImagesAsync(new Ec2.DescribeImagesRequest { ImageIds = [imageId] },
                cancellationToken).ConfigureAwait(false)).Images?.Select(Ec2Mapping.Image).FirstOrDefault(i => i.Id == imageId), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (CloudException error) when (error.Code is "InvalidAMIID.NotFound" or "InvalidAMIID.Malformed" or "InvalidAMIID.Unavailable")
        {
            return null;
        }
    }

    public Task<string> CreateImageAsync(string instanceId, string name, string? description, bool noReboot, CancellationToken cancellationToken) =>
        calls.CallAsync("CreateImage", async ec2 => (await ec2.CreateImageAsync(new Ec2.CreateImageRequest(instanceId, name)
        {
            Description = description,
            NoReboot = noReboot,
        }, cancellationToken).ConfigureAwait(false)).ImageId, cancellationToken);

    public Task<string> RegisterImageAsync(RegisterImageSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return calls.CallAsync("RegisterImage", async ec2 => (await ec2.RegisterImageAsync(new Ec2.RegisterImageRequest
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
        calls.CallAsync("DeregisterImage", ec2 => ec2.DeregisterImageAsync(new Ec2.DeregisterImageRequest(imageId), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<LaunchPermission>> DescribeLaunchPermissionsAsync(string imageId, CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeImageAttribute", async ec2 =>
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
        return calls.CallAsync("ModifyImageAttribute", ec2 => ec2.ModifyImageAttributeAsync(new Ec2.ModifyImageAttributeRequest
        {
            ImageId = imageId,
            LaunchPermission = new Ec2.LaunchPermissionModifications { Add = Map(add), Remove = Map(remove) },
        }, cancellationToken), cancellationToken);
    }
}
