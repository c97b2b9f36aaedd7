namespace EucaConsole.Domain.Launching;

/// <summary>A key pair made inline in a wizard.</summary>
public sealed class NewKeyPairForm
{
    public string Name { get; set; } = string.Empty;
}
