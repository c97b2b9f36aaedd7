using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Roles;

public sealed class RoleFormValidator : AbstractValidator<RoleForm>
{
    public RoleFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(_ => Say.T("Name the role."))
            .Matches(IamNames.RolePattern).WithMessage(_ => IamNames.RoleRule);
        RuleFor(f => f.Path).Matches(IamNames.PathPattern).WithMessage(_ => IamNames.PathRule);
        RuleFor(f => f.Description).MaximumLength(1000).WithMessage(_ => Say.T("A description has at most 1,000 characters."));
        RuleFor(f => f.CustomTrustPolicy).Custom((json, context) => AddPolicyProblem(json, context, "trust policy"))
            .When(f => f.Trust == TrustKind.Custom);
        RuleFor(f => f.InlinePolicyName).NotEmpty().WithMessage(_ => Say.T("Name the inline policy."))
            .Matches(IamNames.PolicyPattern).WithMessage(_ => IamNames.PolicyRule)
            .When(f => f.HasInlinePolicy);
        RuleFor(f => f.InlinePolicy).Custom((json, context) => AddPolicyProblem(json, context, "policy"))
            .When(f => f.HasInlinePolicy);
    }

    private static void AddPolicyProblem(string json, ValidationContext<RoleForm> context, string what)
    {
        if (PolicyDocumentCheck.Find(json) is { } problem)
        {
            context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, Say.T("The {0}: {1}", what, problem)) { CustomState = problem });
        }
        else if (IamLimits.Problem(json, what == "trust policy" ? IamLimits.TrustPolicy : IamLimits.RoleInlinePolicies, what) is { } tooLarge)
        {
            context.AddFailure(context.PropertyPath, tooLarge);
        }
    }
}
