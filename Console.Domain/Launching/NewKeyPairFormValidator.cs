using FluentValidation;

namespace EucaConsole.Domain.Launching;

public sealed class NewKeyPairFormValidator : AbstractValidator<NewKeyPairForm>
{
    public NewKeyPairFormValidator() =>
        RuleFor(f => f.Name)
            .NotEmpty().WithMessage("Name the key pair.")
            .MaximumLength(255).WithMessage("A key pair name has at most 255 characters.")
            .Must(name => name.All(c => c is >= ' ' and <= '~')).WithMessage("A key pair name uses printable ASCII characters only.");
}
