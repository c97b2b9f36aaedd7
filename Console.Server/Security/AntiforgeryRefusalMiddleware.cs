using Microsoft.AspNetCore.Antiforgery;

namespace EucaConsole.Server.Security;

/// <summary>
/// A form post whose anti-forgery token is missing or wrong (sign-out, language, region) is refused
/// here as a 400 with a short page and one warning line. Left to the endpoint, reading the form threw,
/// and every such post was a 500 with stack traces in the log: anyone could inflate the error rate.
/// </summary>
public sealed partial class AntiforgeryRefusalMiddleware(RequestDelegate next, ILogger<AntiforgeryRefusalMiddleware> logger)
{
    private const string Page =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Refused · Euca Console</title></head>" +
        "<body><h1>Refused</h1><p>This form has expired or did not come from the console. Go back, reload the page and try again.</p></body></html>";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            LogRefused(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {Method} to {Path} without a valid anti-forgery token (client {Client})")]
    private static partial void LogRefused(ILogger logger, string method, string path, string client);
}
