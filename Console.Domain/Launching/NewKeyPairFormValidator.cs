using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Launching;

public sealed class NewKeyPairFormValidator : AbstractValidator<NewKeyPairForm>
{
    public NewKeyPairFormValidator() =>
        RuleFor(f => f.Name)
            .NotEmpty().WithMessage(_ => Say.T("Name the key pair."))
            .MaximumLength(255).WithMessage(_ => Say.T("A key pair name has at most 255 characters."))
            .Must(name => name.All(c => c is >= ' ' and <= '~')).WithMessage(_ => Say.T("A key pair name uses printable ASCII characters only."));
}
