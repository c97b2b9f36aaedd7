using FluentValidation;
using EucaConsole.Domain.Text;

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
                .WithMessage(_ => Say.T("Launch between 1 and {0} instances.", LaunchForm.MaxCount)));

        RuleSet(WizardStep.Tags, () =>
        {
            RuleForEach(f => f.Tags).ChildRules(tag =>
            {
                tag.RuleFor(t => t.Key).NotEmpty().When(t => t.Value.Length > 0)
                    .WithMessage(_ => Say.T("A tag with a value needs a key."));
                tag.RuleFor(t => t.Key).MaximumLength(MaxTagKey)
                    .WithMessage(_ => Say.T("A tag key has at most {0} characters.", MaxTagKey));
                tag.RuleFor(t => t.Key).Must(key => !key.TrimStart().StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                    .WithMessage(_ => Say.T("Tag keys starting with aws: are reserved."));
                tag.RuleFor(t => t.Value).MaximumLength(MaxTagValue)
                    .WithMessage(_ => Say.T("A tag value has at most {0} characters.", MaxTagValue));
            });
            RuleFor(f => f.Tags)
                .Must(tags => tags.Count(t => !string.IsNullOrWhiteSpace(t.Key)) <= MaxTags)
                .WithMessage(_ => Say.T("At most {0} tags.", MaxTags));
            RuleFor(f => f.Tags)
                .Must(tags => tags.Where(t => !string.IsNullOrWhiteSpace(t.Key)).GroupBy(t => t.Key.Trim(), StringComparer.Ordinal).All(g => g.Count() == 1))
                .WithMessage(_ => Say.T("Each tag key may appear once."));
        });
    }
}
