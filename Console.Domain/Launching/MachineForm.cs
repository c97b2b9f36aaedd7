namespace EucaConsole.Domain.Launching;

/// <summary>
/// What an instance and a launch configuration have in common: the wizards' image, type and details
/// steps. Mutable because a wizard binds to it step by step; the validators decide when it is usable.
/// </summary>
public abstract class MachineForm
{
    public string ImageId { get; set; } = string.Empty;

    public string InstanceType { get; set; } = string.Empty;

    /// <summary>Empty for "no key pair" (the instance can then only be reached another way).</summary>
    public string KeyName { get; set; } = string.Empty;

    public List<string> SecurityGroupIds { get; set; } = [];

    /// <summary>The IAM role the machine runs as; the console finds or makes the instance profile for it.</summary>
    public string RoleName { get; set; } = string.Empty;

    public string UserData { get; set; } = string.Empty;

    public bool Monitoring { get; set; }

    /// <summary>
    /// The image a link named (the images page's "launch"): a candidate only. The image step makes it the
    /// form's image once the cloud has described it; a link cannot put an unchecked id into a request.
    /// </summary>
    public string? LinkedImageId { get; private set; }

    /// <summary>The instance types the cloud listed, once the type step has them; null when it listed none.</summary>
    public IReadOnlySet<string>? OfferedInstanceTypes { get; set; }

    public void UseImageFromLink(string? imageId) =>
        LinkedImageId = string.IsNullOrWhiteSpace(imageId) ? null : imageId.Trim()[..Math.Min(imageId.Trim().Length, 128)];
}
