using System.Diagnostics.Metrics;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.SignIn;
using Microsoft.Extensions.Options;

namespace EucaConsole.Benchmarks;

/// <summary>The domain's image service signed in to the benchmark's moto_server.</summary>
public static class BenchmarkCloud
{
    internal static (ImageService Images, CloudConnection Connection) Connect(Uri moto)
    {
        var session = new SignedInSession(CloudProfile.ForSandbox(moto, "us-east-1"), new CloudPrincipal(SyntheticCatalogue.Owner, "bench", null, "bench"),
            new CloudCredentials("bench-key", "bench-secret", null, null));
        var connection = new CloudConnection(new FixedSession(session), Options.Create(new CloudAccessOptions { RequestTimeoutSeconds = 600 }));
        return (new ImageService(new Ec2Calls(connection)), connection);
    }

    private sealed class FixedSession(SignedInSession session) : ICloudSessionSource
    {
        public Task<SignedInSession> GetSessionAsync(CancellationToken cancellationToken) => Task.FromResult(session);
    }
}

/// <summary>Meters without a host.</summary>
public sealed class PlainMeterFactory : IMeterFactory
{
    public Meter Create(MeterOptions options) => new(options);

    public void Dispose()
    {
    }
}
