using Amazon.Runtime;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Cloud;

/// <summary>Turns whatever an AWSSDK client throws into a <see cref="CloudException"/> for the UI.</summary>
public static class SdkErrors
{
    public static CloudException Translate(Exception error, CloudService service, string operation, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is AmazonServiceException { ErrorCode: { Length: > 0 } code } answered)
        {
            return new CloudException(CloudErrorKind.Service, service, operation, endpoint, answered.Message, code,
                (int)answered.StatusCode, answered.RequestId, error);
        }

        if (TransportErrors.Translate(error, service, operation, endpoint) is { } transport)
        {
            return transport;
        }

        // An error answer that is not the cloud's XML (a proxy's HTML 502, a web server's 404): one line, no markup.
        if (error is AmazonServiceException { StatusCode: var status } && (int)status >= 400)
        {
            return new CloudException(CloudErrorKind.Service, service, operation, endpoint, NotACloudReply(status), $"HTTP{(int)status}",
                (int)status, null, error);
        }

        // Unreadable answers (AmazonUnmarshallingException, XmlException) and anything else.
        return new CloudException(CloudErrorKind.MalformedReply, service, operation, endpoint, error.Message, inner: error);
    }

    internal static string NotACloudReply(System.Net.HttpStatusCode status) =>
        Say.T("{0} {1}, and the body was not a cloud error (a page from a proxy or web server in front of the cloud?)", (int)status, ReasonPhrases.For((int)status));
}
