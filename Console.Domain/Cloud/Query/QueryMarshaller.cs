using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>Turns a <see cref="QueryRequest"/> into the SDK's form-encoded POST (the SDK signs and sends it).</summary>
internal sealed class QueryMarshaller(QueryApi api) : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var query = (QueryRequest)input;
        var request = new DefaultRequest(query, ServiceEndpoints.SigningName(api.Service));
        request.Parameters.Add("Action", query.Action);
        request.Parameters.Add("Version", api.Version);
        foreach (var (name, value) in query.Parameters)
        {
            request.Parameters.Add(name, value);
        }

        return request;
    }
}
