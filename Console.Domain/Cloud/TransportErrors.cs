using System.Net.Sockets;
using System.Security.Authentication;

namespace EucaConsole.Domain.Cloud;

/// <summary>Turns "no answer" failures (DNS, refused, timeout, TLS) into the console's one error type.</summary>
public static class TransportErrors
{
    public static CloudException? Translate(Exception error, CloudService service, string operation, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(error);
        for (var current = error; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case Network.EndpointRefusedException refused:
                    return new CloudException(CloudErrorKind.NotAllowed, service, operation, endpoint, refused.Message, inner: error);
                case AuthenticationException tls:
                    return new CloudException(CloudErrorKind.Tls, service, operation, endpoint, tls.Message, inner: error);
                case SocketException socket:
                    return new CloudException(CloudErrorKind.Unreachable, service, operation, endpoint, socket.Message, inner: error);
                case TimeoutException or TaskCanceledException:
                    return new CloudException(CloudErrorKind.Unreachable, service, operation, endpoint, "no answer before the time limit", inner: error);
                default:
                    break;
            }
        }

        return error is HttpRequestException http
            ? new CloudException(CloudErrorKind.Unreachable, service, operation, endpoint, http.Message, inner: error)
            : null;
    }
}
