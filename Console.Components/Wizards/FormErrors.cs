using FluentValidation.Results;

namespace EucaConsole.Components.Wizards;

/// <summary>A form's validation messages by property path ("Count", "Tags[0].Key"), for showing beside each field.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _byProperty = new(StringComparer.Ordinal);

    public bool Any => _byProperty.Count > 0;

    public IEnumerable<string> All => _byProperty.Values;

    public string? For(string property) => _byProperty.GetValueOrDefault(property);

    public bool Has(string property) => _byProperty.ContainsKey(property);

    /// <summary>The first failure's custom state for a property (e.g. where a policy breaks).</summary>
    public object? StateFor(string property) => _states.GetValueOrDefault(property);

    private readonly Dictionary<string, object> _states = new(StringComparer.Ordinal);

    public void Clear()
    {
        _byProperty.Clear();
        _states.Clear();
    }

    public void Set(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Set(result.Errors);
    }

    public void Set(IEnumerable<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        Clear();
        foreach (var failure in failures)
        {
            _byProperty.TryAdd(failure.PropertyName, failure.ErrorMessage);
            if (failure.CustomState is { } state)
            {
                _states.TryAdd(failure.PropertyName, state);
            }
        }
    }
}
