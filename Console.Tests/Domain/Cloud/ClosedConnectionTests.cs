using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.Cloud;

/// <summary>
/// A page still loading when its circuit ends asks a connection that is already closed: that is a
/// cancellation (the renderer ignores it), not a page failure logged by the error boundary.
/// </summary>
public sealed class ClosedConnectionTests
{
    [Fact]
    public async Task A_call_on_a_connection_closed_with_its_circuit_is_a_cancellation_not_a_disposed_object_error()
    {
        var connection = new CloudConnection(new FixedSessionSource(new SignedInSession(
                CloudProfile.ForCompatibleEndpoint(new Uri("http://127.0.0.1:9/"), "us-east-1"),
                new CloudPrincipal("123456789012", "alice", null, null), new CloudCredentials("AKIDTEST", "secret", null, null))),
            Options.Create(new CloudAccessOptions()));
        await connection.SessionAsync(CancellationToken.None);
        connection.Dispose();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.ComputeAsync(CancellationToken.None));
    }
}
