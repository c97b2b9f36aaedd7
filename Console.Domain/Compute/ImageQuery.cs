namespace EucaConsole.Domain.Compute;

/// <summary>
/// Which images to list: those owned by any of <see cref="Owners"/> (self, amazon, account ids) or
/// launchable by any of <see cref="ExecutableBy"/> (self, all, account ids). Both empty: every image
/// the caller may launch. The cloud intersects the two filters within one call, so a union is two calls.
/// </summary>
public sealed record ImageQuery(IReadOnlyList<string> Owners, IReadOnlyList<string> ExecutableBy)
{
    /// <summary>Images owned by the caller or shared with them: the default view (the public catalogue is tens of thousands).</summary>
    public static ImageQuery OwnedOrShared { get; } = new(["self"], ["self"]);

    public static ImageQuery OwnedBySelf { get; } = new(["self"], []);

    /// <summary>The public catalogue of the cloud's vendor (on AWS tens of thousands of images).</summary>
    public static ImageQuery AmazonCatalogue { get; } = new(["amazon"], []);

    /// <summary>The views the console itself asks for; a mutation invalidates all of them for the signed-in user.</summary>
    public static IReadOnlyList<ImageQuery> Standard { get; } = [OwnedOrShared, OwnedBySelf];

    /// <summary>Public catalogues are the same for every user of a cloud, so they may be cached for all of them.</summary>
    public bool IsPublicCatalogue => ExecutableBy.Count == 0 && Owners.Count > 0 && Owners.All(o => o is "amazon" or "aws-marketplace");
}
