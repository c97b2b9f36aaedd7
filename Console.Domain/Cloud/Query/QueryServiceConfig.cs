using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>
/// SDK client configuration for one AWS Query-protocol API (Auto Scaling, ELB, IAM, CloudFormation).
/// The endpoint always comes from the signed-in cloud profile, never from the SDK's endpoint rules.
/// </summary>
internal sealed class QueryServiceConfig : ClientConfig
{
    private readonly string _signingName;

    public QueryServiceConfig(QueryApi api)
        : base(new DefaultConfigurationProvider([new DefaultConfiguration { Name = DefaultConfigurationMode.Standard, RetryMode = RequestRetryMode.Standard }]))
    {
        ArgumentNullException.ThrowIfNull(api);
        Api = api;
        _signingName = ServiceEndpoints.SigningName(api.Service);
        AuthenticationServiceName = _signingName;
    }

    public QueryApi Api { get; }

    /// <summary>See <see cref="Pipeline.BoundedRetryPolicy"/>.</summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(5);

    public override string RegionEndpointServiceName => _signingName;

    public override string ServiceVersion => Api.Version;

    public override string UserAgent => "EucaConsole.Blazor";

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => new(ServiceURL);
}
