namespace EucaConsole.Server.Security;

/// <summary>
/// A request whose Host is malformed (<c>Host: a'b</c>) or missing (HTTP/1.0) is refused as a 400 with
/// one warning line: pages build their base address from it, and such a request was a 500 with a stack
/// trace. The health checks answer without a Host (a balancer's probe may send none).
/// </summary>
public sealed partial class HostCheckMiddleware(RequestDelegate next, ILogger<HostCheckMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.Request.Host;
        var acceptable = host.HasValue
            ? Uri.CheckHostName(host.Host) != UriHostNameType.Unknown
            : context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
        if (acceptable)
        {
            return next(context);
        }

        LogRefused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Bad request: the Host header is missing or malformed.", context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request with a missing or malformed Host header (client {Client})")]
    private static partial void LogRefused(ILogger logger, string client);
}
