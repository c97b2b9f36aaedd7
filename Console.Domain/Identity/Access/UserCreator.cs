using EucaConsole.Domain.Cloud;
using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Access;

/// <summary>
/// Creates a user and what the form asked for with it. The user is made first; if a later step fails,
/// the result still holds the user and says which step failed (the user exists and can be fixed from its page).
/// </summary>
public sealed class UserCreator(IIdentityService identity, IAccessService access, IValidator<UserForm> validator)
{
    /// <exception cref="ValidationException">The form breaks a rule; nothing was sent.</exception>
    public async Task<UserCreation> CreateAsync(UserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await validator.ValidateAndThrowAsync(form, cancellationToken).ConfigureAwait(false);
        var user = await identity.CreateUserAsync(form.Name, form.Path == "/" ? null : form.Path, cancellationToken).ConfigureAwait(false);
        var joined = new List<string>();
        string? password = null;
        CreatedAccessKey? key = null;
        try
        {
            foreach (var group in form.Groups.Distinct(StringComparer.Ordinal))
            {
                await identity.AddUserToGroupAsync(group, user.Name, cancellationToken).ConfigureAwait(false);
                joined.Add(group);
            }

            if (form.Password != PasswordChoice.None)
            {
                var chosen = form.Password == PasswordChoice.Random ? PasswordGenerator.Next() : form.TypedPassword;
                await access.CreateLoginProfileAsync(user.Name, chosen, form.ResetRequired, cancellationToken).ConfigureAwait(false);
                password = form.Password == PasswordChoice.Random ? chosen : null;
            }

            if (form.CreateAccessKey)
            {
                key = await access.CreateAccessKeyAsync(user.Name, cancellationToken).ConfigureAwait(false);
            }

            return new UserCreation(user, joined, password, key, null);
        }
        catch (CloudException error)
        {
            return new UserCreation(user, joined, password, key, Say.T("User {0} was created, but then: {1}", user.Name, error.Describe()));
        }
    }
}
