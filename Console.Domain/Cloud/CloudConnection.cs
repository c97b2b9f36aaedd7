using Amazon.EC2;
using Amazon.Runtime;
using Amazon.SecurityToken;
using EucaConsole.Domain.Cloud.Pipeline;
using EucaConsole.Domain.Cloud.Query;
using EucaConsole.Domain.SignIn;
using Microsoft.Extensions.Options;

namespace EucaConsole.Domain.Cloud;

/// <summary>
/// The SDK clients of one signed-in user (one per circuit), built on first use from the session's
/// profile and temporary credentials, and disposed with the circuit.
/// </summary>
internal sealed class CloudConnection(ICloudSessionSource sessions, IOptions<CloudAccessOptions> options, HttpClientFactory? httpClients = null)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _disposed;
    // One client per service and client type: Eucalyptus compute has both the EC2 client and a Query client (VM types).
    private readonly Dictionary<(CloudService, Type), IDisposable> _clients = [];
    private SignedInSession? _session;

    public CloudAccessOptions Options => options.Value;

    public async Task<SignedInSession> SessionAsync(CancellationToken cancellationToken) =>
        _session ??= await sessions.GetSessionAsync(cancellationToken).ConfigureAwait(false);

    public Task<AmazonEC2Client> ComputeAsync(CancellationToken cancellationToken) =>
        GetAsync<AmazonEC2Client>(CloudService.Compute, (session, credentials, endpoint) => new DialectComputeClient(credentials, new DialectComputeConfig
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = session.Profile.Region,
            MaxErrorRetry = Options.MaxErrorRetry,
            Timeout = TimeSpan.FromSeconds(Options.RequestTimeoutSeconds),
            HttpClientFactory = httpClients,
            RetryBudget = Options.RetryBudget,
            ApiVersion = session.Profile.Dialect.ComputeApiVersion,
        }), cancellationToken);

    public Task<AmazonSecurityTokenServiceClient> TokensAsync(CancellationToken cancellationToken) =>
        GetAsync(CloudService.Tokens, (session, credentials, endpoint) => new AmazonSecurityTokenServiceClient(credentials, new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = session.Profile.Region,
            MaxErrorRetry = Options.MaxErrorRetry,
            HttpClientFactory = httpClients,
        }), cancellationToken);

    public Task<QueryServiceClient> QueryAsync(QueryApi api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        return GetAsync(api.Service, (session, credentials, endpoint) => new QueryServiceClient(credentials, api, endpoint,
            session.Profile.Region, Options.MaxErrorRetry, TimeSpan.FromSeconds(Options.RequestTimeoutSeconds), httpClients, Options.RetryBudget),
            cancellationToken);
    }

    private async Task<T> GetAsync<T>(CloudService service, Func<SignedInSession, AWSCredentials, Uri, T> create, CancellationToken cancellationToken)
        where T : class, IDisposable
    {
        var session = await SessionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended while its page was still loading: a cancellation (which the renderer ignores), not a page failure.
            throw new OperationCanceledException("The connection to the cloud closed with its session's circuit.");
        }

        try
        {
            if (!_clients.TryGetValue((service, typeof(T)), out var client))
            {
                client = create(session, Credentials(session.Credentials), ServiceEndpoints.Resolve(session.Profile, service));
                _clients[(service, typeof(T))] = client;
            }

            return (T)client;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static AWSCredentials Credentials(CloudCredentials credentials) => credentials.SessionToken is { } token
        ? new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, token)
        : new BasicAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey);

    public void Dispose()
    {
        _disposed = true;
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
        _gate.Dispose();
    }
}
