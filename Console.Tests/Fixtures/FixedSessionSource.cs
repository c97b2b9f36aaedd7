using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;

namespace EucaConsole.Tests.Fixtures;

/// <summary>A signed-in session that never changes: what a circuit's session source gives a domain test.</summary>
public sealed class FixedSessionSource(SignedInSession session) : ICloudSessionSource
{
    public Task<SignedInSession> GetSessionAsync(CancellationToken cancellationToken) => Task.FromResult(session);
}
