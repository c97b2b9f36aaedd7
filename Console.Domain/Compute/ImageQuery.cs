namespace EucaConsole.Domain.Compute;

/// <summary>Which images to list: owners (self, amazon, account ids) and/or executable-by (self, all, account ids).</summary>
public sealed record ImageQuery(IReadOnlyList<string> Owners, IReadOnlyList<string> ExecutableBy)
{
    /// <summary>Images owned by the caller or shared with them: the default view (the public catalogue is tens of thousands).</summary>
    public static ImageQuery OwnedOrShared { get; } = new([], ["self"]);

    public static ImageQuery OwnedBySelf { get; } = new(["self"], []);
}
