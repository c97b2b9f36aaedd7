using EucaConsole.Domain.SignIn;
using Microsoft.AspNetCore.Components.Authorization;

namespace EucaConsole.Components.Session;

/// <summary>The signed-in session of this circuit (scoped), read from its authentication state.</summary>
public sealed class CurrentSession(AuthenticationStateProvider authentication)
{
    public async Task<SignedInSession?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync().ConfigureAwait(false);
        return SessionClaims.FromPrincipal(state.User);
    }
}
