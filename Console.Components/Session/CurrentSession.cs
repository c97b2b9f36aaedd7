using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using Microsoft.AspNetCore.Components.Authorization;

namespace EucaConsole.Components.Session;

/// <summary>The signed-in session of this circuit (scoped), read from its authentication state.</summary>
public sealed class CurrentSession(AuthenticationStateProvider authentication) : ICloudSessionSource
{
    public async Task<SignedInSession> GetSessionAsync(CancellationToken cancellationToken) =>
        await GetAsync().ConfigureAwait(true) ?? throw new InvalidOperationException("Nobody is signed in on this circuit.");

    public async Task<SignedInSession?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync().ConfigureAwait(true);
        return SessionClaims.FromPrincipal(state.User);
    }
}
