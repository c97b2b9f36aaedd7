using System.Xml.Linq;
using Amazon.Runtime;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>The parsed XML document of a successful reply; each operation maps it to domain records.</summary>
internal sealed class QueryResponse : AmazonWebServiceResponse
{
    public XElement Root { get; init; } = new("Empty");
}
