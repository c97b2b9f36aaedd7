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

    /// <summary>Preselects the image a link names (the images page's "launch"); anything that cannot be an image id is ignored.</summary>
    public void UseImageFromLink(string? imageId)
    {
        if (!string.IsNullOrWhiteSpace(imageId) && imageId.Trim().Length <= 64)
        {
            ImageId = imageId.Trim();
        }
    }
}
