using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>Sends every request to the profile's URL for the service (AWS region, Eucalyptus, sandbox).</summary>
internal sealed class ProfileEndpointHandler : PipelineHandler
{
    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var context = executionContext.RequestContext;
        context.Request.Endpoint = new Uri(context.ClientConfig.ServiceURL);
        return base.InvokeAsync<T>(executionContext);
    }
}

/// <summary>All four Query APIs sign with SigV4.</summary>
internal sealed class SigV4AuthHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;
}
