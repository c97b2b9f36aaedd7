namespace EucaConsole.Domain.Cloud;

public enum CloudErrorKind
{
    /// <summary>The service answered with an error code (not found, duplicate, access denied, ...).</summary>
    Service,

    /// <summary>No answer: DNS failure, connection refused, timeout.</summary>
    Unreachable,

    /// <summary>The TLS handshake failed (untrusted or mismatched certificate, protocol).</summary>
    Tls,

    /// <summary>An answer that could not be read: not XML, truncated, or missing what it must hold.</summary>
    MalformedReply,

    /// <summary>The console declined to connect: the endpoint's address is not one it may contact (nothing was sent).</summary>
    NotAllowed,
}
