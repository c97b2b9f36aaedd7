namespace EucaConsole.Domain.Launching;

/// <summary>
/// The wizards' steps, which are also the validators' rule sets: leaving a step checks its rule set;
/// the launch checks them all.
/// </summary>
public static class WizardStep
{
    public const string Image = "Image";
    public const string Type = "Type";
    public const string Details = "Details";
    public const string Tags = "Tags";
    public const string Name = "Name";
}
