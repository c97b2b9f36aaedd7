using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Launching;

/// <summary>The launch-instance wizard's input.</summary>
public sealed class LaunchForm : MachineForm
{
    public const int MaxCount = 20;

    public int Count { get; set; } = 1;

    /// <summary>Empty lets the cloud choose.</summary>
    public string AvailabilityZone { get; set; } = string.Empty;

    /// <summary>Name first, as the wizard shows it; rows with an empty key are ignored.</summary>
    public List<TagRow> Tags { get; set; } = [new() { Key = "Name" }];

    public IReadOnlyList<Tag> FilledTags() =>
        [.. Tags.Where(t => !string.IsNullOrWhiteSpace(t.Key) && !(t.Key == "Name" && string.IsNullOrEmpty(t.Value))).Select(t => new Tag(t.Key.Trim(), t.Value))];
}
