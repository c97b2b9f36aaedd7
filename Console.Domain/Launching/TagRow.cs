namespace EucaConsole.Domain.Launching;

/// <summary>One editable tag in a wizard.</summary>
public sealed class TagRow
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
