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
        CloudErrorKind.Service => $"{Endpoint} answered {Operation} with {HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an error"} {Code}: {Message}",
        CloudErrorKind.Unreachable => $"Could not reach {Endpoint} ({Operation}): {Message}",
        CloudErrorKind.NotAllowed => $"The console does not connect to {Endpoint} ({Operation}): {Message}",
        CloudErrorKind.Tls => $"Secure connection to {Endpoint} failed ({Operation}): {Message}",
        _ => $"{Endpoint} sent a reply to {Operation} that could not be read: {Message}",
    };
}
