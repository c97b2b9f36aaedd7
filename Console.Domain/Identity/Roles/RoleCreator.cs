using FluentValidation;

namespace EucaConsole.Domain.Identity.Roles;

/// <summary>Makes a role from the form: rules checked first, then the role, then its inline policy if any.</summary>
public sealed class RoleCreator(IIdentityService identity, IValidator<RoleForm> validator)
{
    /// <exception cref="ValidationException">The form breaks a rule; nothing was sent to the cloud.</exception>
    public async Task<IamRole> CreateAsync(RoleForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await validator.ValidateAsync(form, options => options.ThrowOnFailures(), cancellationToken).ConfigureAwait(false);
        var role = await identity.CreateRoleAsync(form.Name, form.Path, string.IsNullOrWhiteSpace(form.Description) ? null : form.Description,
            form.TrustPolicy, cancellationToken).ConfigureAwait(false);
        if (form.HasInlinePolicy)
        {
            await identity.PutRolePolicyAsync(form.Name, form.InlinePolicyName, form.InlinePolicy, cancellationToken).ConfigureAwait(false);
        }

        return role;
    }
}
