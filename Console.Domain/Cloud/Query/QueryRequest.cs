using Amazon.Runtime;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>One Query API call: the action and its already-flattened parameters.</summary>
internal sealed class QueryRequest(string action, QueryParameters parameters) : AmazonWebServiceRequest
{
    public string Action { get; } = action;

    public QueryParameters Parameters { get; } = parameters;
}
