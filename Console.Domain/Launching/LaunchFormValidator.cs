using FluentValidation;

namespace EucaConsole.Domain.Launching;

/// <summary>The launch-instance wizard's rules; the launcher runs all of them again before calling the cloud.</summary>
public sealed class LaunchFormValidator : MachineFormValidator<LaunchForm>
{
    public const int MaxTags = 50;
    public const int MaxTagKey = 128;
    public const int MaxTagValue = 256;

    public LaunchFormValidator()
    {
        RuleSet(WizardStep.Type, () =>
            RuleFor(f => f.Count).InclusiveBetween(1, LaunchForm.MaxCount)
                .WithMessage($"Launch between 1 and {LaunchForm.MaxCount} instances."));

        RuleSet(WizardStep.Tags, () =>
        {
            RuleForEach(f => f.Tags).ChildRules(tag =>
            {
                tag.RuleFor(t => t.Key).NotEmpty().When(t => t.Value.Length > 0)
                    .WithMessage("A tag with a value needs a key.");
                tag.RuleFor(t => t.Key).MaximumLength(MaxTagKey)
                    .WithMessage($"A tag key has at most {MaxTagKey} characters.");
                tag.RuleFor(t => t.Key).Must(key => !key.TrimStart().StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                    .WithMessage("Tag keys starting with aws: are reserved.");
                tag.RuleFor(t => t.Value).MaximumLength(MaxTagValue)
                    .WithMessage($"A tag value has at most {MaxTagValue} characters.");
            });
            RuleFor(f => f.Tags)
                .Must(tags => tags.Count(t => !string.IsNullOrWhiteSpace(t.Key)) <= MaxTags)
                .WithMessage($"At most {MaxTags} tags.");
            RuleFor(f => f.Tags)
                .Must(tags => tags.Where(t => !string.IsNullOrWhiteSpace(t.Key)).GroupBy(t => t.Key.Trim(), StringComparer.Ordinal).All(g => g.Count() == 1))
                .WithMessage("Each tag key may appear once.");
        });
    }
}
