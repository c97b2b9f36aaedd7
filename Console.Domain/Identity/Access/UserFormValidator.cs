using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Access;

public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public const string UserPattern = @"^[A-Za-z0-9_+=,.@-]{1,64}$";

    public UserFormValidator()
    {
        RuleFor(f => f.Name).Matches(UserPattern).WithMessage(_ => Say.T("A user name has 1 to 64 ASCII letters, digits or + = , . @ _ - characters."));
        RuleFor(f => f.Path).Matches(IamNames.PathPattern).WithMessage(_ => IamNames.PathRule);
        RuleForEach(f => f.Groups).Matches(UserPattern).WithMessage(_ => Say.T("Choose groups from the list."));
        RuleFor(f => f.TypedPassword).Must(PasswordRules.IsAcceptable).When(f => f.Password == PasswordChoice.Typed)
            .WithMessage(_ => PasswordRules.Rule);
    }
}

/// <summary>What the console asks of a typed password before IAM applies the account's own policy (whose refusal is shown as it comes).</summary>
public static class PasswordRules
{
    public static string Rule => Say.T("A password has 8 to 128 printable ASCII characters.");

    public static bool IsAcceptable(string? password) =>
        password is { Length: >= 8 and <= 128 } && password.All(c => c is >= ' ' and <= '~');
}
