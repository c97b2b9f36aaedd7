using EucaConsole.Domain.Cloud.Network;
using EucaConsole.Server.Configuration;
using EucaConsole.Server.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Fixtures;

/// <summary>A sandbox launcher as the console builds it, for a server that already listens on the given addresses.</summary>
public static class SandboxLaunchers
{
    public static SandboxLauncher For(SandboxCloud cloud, SandboxOptions? sandbox = null, CloudOptions? cloudOptions = null,
        TrustedEndpoints? trusted = null, params string[] listening) =>
        new(cloud, Options.Create(sandbox ?? new SandboxOptions()), Options.Create(cloudOptions ?? new CloudOptions()),
            trusted ?? new TrustedEndpoints(), new ListeningServer(listening.Length > 0 ? listening : ["http://127.0.0.1:8888"]),
            new StartedLifetime(), NullLogger<SandboxLauncher>.Instance);

    private sealed class ListeningServer : IServer
    {
        public ListeningServer(IEnumerable<string> addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
