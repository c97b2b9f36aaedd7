using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Cloud;

/// <summary>The one error type the UI sees for anything that went wrong talking to a cloud.</summary>
public sealed class CloudException : Exception
{
    public CloudException(CloudErrorKind kind, CloudService service, string operation, Uri endpoint, string message,
        string? code = null, int? httpStatus = null, string? requestId = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Service = service;
        Operation = operation;
        Endpoint = endpoint;
        Code = code;
        HttpStatus = httpStatus;
        RequestId = requestId;
    }

    public CloudErrorKind Kind { get; }

    public CloudService Service { get; }

    public string Operation { get; }

    public Uri Endpoint { get; }

    /// <summary>The cloud's error code, e.g. <c>InvalidClientTokenId</c>; null when there was no answer.</summary>
    public string? Code { get; }

    public int? HttpStatus { get; }

    public string? RequestId { get; }

    /// <summary>One line for a person: what was tried, where, and what came back.</summary>
    public string Describe() => Kind switch
    {
        CloudErrorKind.Service => HttpStatus is { } status
            ? Say.T("{0} answered {1} with {2} {3}: {4}", Endpoint, Operation, status.ToString(System.Globalization.CultureInfo.InvariantCulture), Code, Message)
            : Say.T("{0} answered {1} with an error {2}: {3}", Endpoint, Operation, Code, Message),
        CloudErrorKind.Unreachable => Say.T("Could not reach {0} ({1}): {2}", Endpoint, Operation, Message),
        CloudErrorKind.NotAllowed => Say.T("The console does not connect to {0} ({1}): {2}", Endpoint, Operation, Message),
        CloudErrorKind.Tls => Say.T("Secure connection to {0} failed ({1}): {2}", Endpoint, Operation, Message),
        _ => Say.T("{0} sent a reply to {1} that could not be read: {2}", Endpoint, Operation, Message),
    };
}
