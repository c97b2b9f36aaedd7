using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Domain.Scaling;
using EucaConsole.Domain.SignIn;
using EucaConsole.Domain.Stacks;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// A real moto_server for one test class and the domain services signed in to it, as a circuit would
/// have them. Tests use unique names so they can share the server.
/// </summary>
public sealed class CloudFixture : IAsyncLifetime, IDisposable
{
    private readonly MotoServer _moto = new();
    private CloudConnection? _connection;

    public Uri Endpoint => _moto.Endpoint;

    public IAllCompute Compute { get; private set; } = default!;

    public IScalingService Scaling { get; private set; } = default!;

    public ILoadBalancingService LoadBalancing { get; private set; } = default!;

    public IIdentityService Identity { get; private set; } = default!;

    public EucaConsole.Domain.Identity.Access.IAccessService Access { get; private set; } = default!;

    public IStackService Stacks { get; private set; } = default!;

    /// <summary>The session the services above act as (a sandbox profile: the AWS dialect).</summary>
    public ICloudSessionSource Session => new CloudConnectionSession(_connection!);

    public async Task InitializeAsync()
    {
        await _moto.InitializeAsync();
        _connection = Connect(pageSize: null);
        Compute = Ec2.Over(_connection);
        Scaling = new ScalingService(_connection);
        LoadBalancing = new LoadBalancingService(_connection);
        Identity = new IdentityService(_connection);
        Access = new EucaConsole.Domain.Identity.Access.AccessService(new IamCalls(_connection));
        Stacks = new StackService(_connection);
    }

    /// <summary>Another connection to the same cloud, e.g. with a small page size to prove paging.</summary>
    internal CloudConnection Connect(int? pageSize) =>
        ConnectAs(new CloudPrincipal("123456789012", "tester", null, "test-key"), new CloudCredentials("test-key", "test-secret", null, null), pageSize);

    /// <summary>A connection signed in as someone else (another user, or an assumed role in another account).</summary>
    internal CloudConnection ConnectAs(CloudPrincipal principal, CloudCredentials credentials, int? pageSize = null) =>
        new(new FixedSessionSource(new SignedInSession(CloudProfile.ForSandbox(_moto.Endpoint, "us-east-1"), principal, credentials)),
            Options.Create(new CloudAccessOptions { PageSize = pageSize, MaxErrorRetry = 1 }));

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public async Task DisposeAsync() => await _moto.DisposeAsync();

    public void Dispose() => _connection?.Dispose();

    private sealed class CloudConnectionSession(CloudConnection connection) : ICloudSessionSource
    {
        public Task<SignedInSession> GetSessionAsync(CancellationToken cancellationToken) => connection.SessionAsync(cancellationToken);
    }
}
