using Amazon.Runtime;

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

        if (error is AmazonUnmarshallingException or System.Xml.XmlException)
        {
            return new CloudException(CloudErrorKind.MalformedReply, service, operation, endpoint, error.Message, inner: error);
        }

        return error is AmazonServiceException service5xx && (int)service5xx.StatusCode >= 400
            ? new CloudException(CloudErrorKind.Service, service, operation, endpoint, service5xx.Message, null,
                (int)service5xx.StatusCode, service5xx.RequestId, error)
            : new CloudException(CloudErrorKind.MalformedReply, service, operation, endpoint, error.Message, inner: error);
    }
}
