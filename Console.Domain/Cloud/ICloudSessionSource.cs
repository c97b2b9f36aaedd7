using EucaConsole.Domain.SignIn;

namespace EucaConsole.Domain.Cloud;

/// <summary>Where the domain gets the signed-in session of the current user (the UI's circuit provides it).</summary>
public interface ICloudSessionSource
{
    /// <summary>The session; throws <see cref="InvalidOperationException"/> when nobody is signed in.</summary>
    Task<SignedInSession> GetSessionAsync(CancellationToken cancellationToken);
}
