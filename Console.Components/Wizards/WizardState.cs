using FluentValidation;

namespace EucaConsole.Components.Wizards;

/// <summary>
/// Where a wizard is and what blocks it: Next checks the current step's rule set and stays while it
/// fails; earlier steps can be revisited; the input is never cleared.
/// </summary>
public sealed class WizardState<TForm>(TForm form, IValidator<TForm> validator, IReadOnlyList<string?> ruleSets)
{
    public int Step { get; private set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool IsLast => Step == ruleSets.Count - 1;

    public async Task NextAsync()
    {
        if (await CheckAsync(Step) && Step < ruleSets.Count - 1)
        {
            Step++;
        }
    }

    /// <summary>After a change on a step that shows problems: show what still blocks it (nothing, once fixed).</summary>
    public async Task RecheckAsync()
    {
        if (Problems.Count > 0)
        {
            await CheckAsync(Step);
        }
    }

    public void Back()
    {
        Clear();
        Step = Math.Max(0, Step - 1);
    }

    public void GoTo(int step)
    {
        if (step >= 0 && step < Step)
        {
            Clear();
            Step = step;
        }
    }

    /// <summary>After the server-side check refused the form: go to the first step whose rules fail, showing why.</summary>
    public async Task ShowFirstInvalidStepAsync(ValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        for (var step = 0; step < ruleSets.Count; step++)
        {
            if (!await CheckAsync(step))
            {
                Step = step;
                return;
            }
        }

        Errors.Set(invalid.Errors);
        Problems = [.. invalid.Errors.Select(e => e.ErrorMessage).Distinct()];
    }

    private async Task<bool> CheckAsync(int step)
    {
        if (ruleSets[step] is not { } ruleSet)
        {
            Clear();
            return true;
        }

        var result = await validator.ValidateAsync(form, options => options.IncludeRuleSets(ruleSet));
        Errors.Set(result);
        Problems = [.. result.Errors.Select(e => e.ErrorMessage).Distinct()];
        return result.IsValid;
    }

    private void Clear()
    {
        Errors.Clear();
        Problems = [];
    }
}
