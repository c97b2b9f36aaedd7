using Amazon.Runtime;

namespace EucaConsole.Domain.Cloud.Network;

/// <summary>
/// Gives the AWS SDK's clients (EC2, STS and our Query clients) HttpClients over the guarded handler,
/// so every cloud call goes through <see cref="EndpointPolicy"/>. One handler (one connection pool)
/// for the process; each client gets a light HttpClient with its own timeout.
/// </summary>
internal sealed class GuardedSdkHttpClientFactory(EndpointPolicy policy) : HttpClientFactory, IDisposable
{
    private readonly Lazy<SocketsHttpHandler> _handler = new(() => GuardedConnector.CreateHandler(policy));

    public override HttpClient CreateHttpClient(IClientConfig clientConfig)
    {
        ArgumentNullException.ThrowIfNull(clientConfig);
        return new HttpClient(_handler.Value, disposeHandler: false)
        {
            Timeout = clientConfig.Timeout ?? TimeSpan.FromSeconds(100),
        };
    }

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;

    public override string GetConfigUniqueString(IClientConfig clientConfig) => "guarded";

    public void Dispose()
    {
        if (_handler.IsValueCreated)
        {
            _handler.Value.Dispose();
        }
    }
}
