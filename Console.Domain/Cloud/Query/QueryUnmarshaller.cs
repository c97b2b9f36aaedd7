using System.Net;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>
/// Reads a Query API reply: success bodies become an XML tree; error bodies go through the SDK's own
/// error parser so code, message and request id arrive as on any AWSSDK client.
/// </summary>
internal sealed class QueryUnmarshaller : XmlResponseUnmarshaller
{
    public static readonly QueryUnmarshaller Instance = new();

    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            // Character references to control characters (&#x7;) are what a cloud sends for a value that holds
            // one; refusing them would fail a whole list for one odd stack parameter or tag.
            using var reader = XmlReader.Create(context.Stream, new XmlReaderSettings
            {
                CheckCharacters = false,
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            });
            var document = XDocument.Load(reader);
            return new QueryResponse { Root = document.Root ?? throw new XmlException("empty document") };
        }
        catch (XmlException error)
        {
            // A truncated or garbled reply must never read as an empty result.
            throw new AmazonUnmarshallingException(string.Empty, string.Empty, $"reply is not complete XML ({error.Message})", error,
                context.ResponseData.StatusCode);
        }
    }

    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        var error = XmlErrorResponseUnmarshaller.GetInstance().Unmarshall(context);
        return new AmazonServiceException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode);
    }
}
