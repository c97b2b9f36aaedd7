using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>Sends the API version the cloud's dialect names instead of the SDK's (before signing).</summary>
public sealed class ApiVersionHandler(string version) : PipelineHandler
{
    public override void InvokeSync(IExecutionContext executionContext)
    {
        Apply(executionContext);
        base.InvokeSync(executionContext);
    }

    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        Apply(executionContext);
        return base.InvokeAsync<T>(executionContext);
    }

    private void Apply(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var parameters = executionContext.RequestContext.Request.Parameters;
        if (parameters.ContainsKey("Version"))
        {
            parameters["Version"] = version;
        }
    }
}
