using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Util;

namespace EucaConsole.Domain.Cloud.Pipeline;

/// <summary>Sends the API version the cloud's dialect names instead of the SDK's (before signing).</summary>
internal sealed class ApiVersionHandler(string version) : PipelineHandler
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
        var request = executionContext.RequestContext.Request;
        var parameters = request.ParameterCollection;
        if (!parameters.Remove("Version"))
        {
            return;
        }

        parameters.Add("Version", version);
        // The marshaller has already written the form body from the parameters: write it again.
        var body = System.Text.Encoding.UTF8.GetBytes(string.Join("&", parameters.GetSortedParametersList()
            .Select(p => $"{AWSSDKUtils.UrlEncode(p.Key, false)}={AWSSDKUtils.UrlEncode(p.Value, false)}")));
        if (request.ContentStream is not null)
        {
            request.ContentStream = new MemoryStream(body, writable: false);
        }
        else if (request.Content is not null)
        {
            request.Content = body;
        }
    }
}
