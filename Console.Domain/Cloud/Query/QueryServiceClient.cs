using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EucaConsole.Domain.Cloud.Pipeline;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>
/// A client for one Query-protocol API on AWSSDK.Core's pipeline: the SDK's credentials, SigV4 signing,
/// standard retry mode (throttling and 5xx with backoff) and error parsing; only the mapping of each
/// operation's parameters and reply is ours. Errors leave as <see cref="CloudException"/>.
/// </summary>
internal sealed class QueryServiceClient : AmazonServiceClient
{
    private readonly QueryApi _api;
    private readonly Uri _endpoint;
    private readonly QueryMarshaller _marshaller;

    public QueryServiceClient(AWSCredentials credentials, QueryApi api, Uri endpoint, string region, int maxErrorRetry = 4, TimeSpan? timeout = null,
        HttpClientFactory? httpClients = null, TimeSpan? retryBudget = null)
        : base(credentials, Configure(api, endpoint, region, maxErrorRetry, timeout, httpClients, retryBudget))
    {
        _api = api;
        _endpoint = endpoint;
        _marshaller = new QueryMarshaller(api);
    }

    public Uri Endpoint => _endpoint;

    /// <summary>Calls <paramref name="action"/>; returns its <c>{Action}Result</c> element (or the root when it has none).</summary>
    public async Task<XElement> CallAsync(string action, QueryParameters? parameters, CancellationToken cancellationToken)
    {
        var options = new InvokeOptions { RequestMarshaller = _marshaller, ResponseUnmarshaller = QueryUnmarshaller.Instance };
        QueryResponse response;
        try
        {
            response = await InvokeAsync<QueryResponse>(new QueryRequest(action, parameters ?? []), options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw SdkErrors.Translate(error, _api.Service, action, _endpoint);
        }

        return response.Root.Elements().FirstOrDefault(e => e.Name.LocalName == action + "Result") ?? response.Root;
    }

    /// <summary>Calls <paramref name="action"/> and maps its result; a result missing what it must hold is a malformed reply.</summary>
    public async Task<T> CallAsync<T>(string action, QueryParameters? parameters, Func<XElement, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var result = await CallAsync(action, parameters, cancellationToken).ConfigureAwait(false);
        return Read(action, result, read);
    }

    /// <summary>
    /// Follows every page of a listing: <paramref name="tokenIn"/> names the request's page token
    /// (NextToken or Marker), <paramref name="tokenOut"/> the reply's (NextToken, Marker or NextMarker).
    /// </summary>
    public async Task<IReadOnlyList<T>> ListAllAsync<T>(string action, QueryParameters parameters, string tokenIn, string tokenOut,
        Func<XElement, IEnumerable<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(read);
        var items = new List<T>();
        string? token = null;
        do
        {
            var page = new QueryParameters(parameters);
            page.Add(tokenIn, token);
            var result = await CallAsync(action, page, cancellationToken).ConfigureAwait(false);
            items.AddRange(Read(action, result, r => read(r).ToList()));
            token = result.Text(tokenOut);
        }
        while (!string.IsNullOrEmpty(token));

        return items;
    }

    private T Read<T>(string action, XElement result, Func<XElement, T> read)
    {
        try
        {
            return read(result);
        }
        catch (FormatException error)
        {
            throw new CloudException(CloudErrorKind.MalformedReply, _api.Service, action, _endpoint, error.Message, inner: error);
        }
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new ProfileEndpointHandler());
        pipeline.AddHandlerAfter<ProfileEndpointHandler>(new SigV4AuthHandler());
        CloudPipeline.Customize(pipeline, Config, ((QueryServiceConfig)Config).RetryBudget);
    }

    private static QueryServiceConfig Configure(QueryApi api, Uri endpoint, string region, int maxErrorRetry, TimeSpan? timeout,
        HttpClientFactory? httpClients, TimeSpan? retryBudget)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var config = new QueryServiceConfig(api)
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = region,
            MaxErrorRetry = maxErrorRetry,
            HttpClientFactory = httpClients,
            RetryBudget = retryBudget ?? TimeSpan.FromSeconds(5),
        };
        if (timeout is { } limit)
        {
            config.Timeout = limit;
        }

        return config;
    }
}
