namespace EucaConsole.Domain.Launching;

/// <summary>The launch-configuration wizard's input.</summary>
public sealed class LaunchConfigurationForm : MachineForm
{
    public string Name { get; set; } = string.Empty;
}
