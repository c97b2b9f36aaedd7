namespace EucaConsole.Domain.Compute;

/// <summary>EC2 images (EMIs on Eucalyptus): the lists, one image, registering, deregistering and launch permissions.</summary>
public interface IImageService
{
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
}
