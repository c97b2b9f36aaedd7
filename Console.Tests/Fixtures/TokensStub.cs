using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// A loopback HTTP server standing in for a Eucalyptus Tokens service (or any Query endpoint whose requests a
/// test records). It records every request
/// exactly as it arrived and answers what the test tells it to.
/// </summary>
public sealed class TokensStub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TokensStub(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    /// <summary>Decides the reply from the recorded request: status and body.</summary>
    public Func<SeenRequest, (int Status, string Body)> Reply { get; set; } = _ => (404, "<html>no</html>");

    public static async Task<TokensStub> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var stub = new TokensStub(app, port);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var seen = new SeenRequest(context.Request.Method, context.Request.Host.Value ?? string.Empty, context.Request.Path.Value ?? string.Empty,
                context.Request.QueryString.Value ?? string.Empty, context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync());
            stub.Requests.Enqueue(seen);
            var (status, body) = stub.Reply(seen);
            context.Response.StatusCode = status;
            context.Response.ContentType = body.TrimStart().StartsWith('<') && !body.Contains("<html", StringComparison.OrdinalIgnoreCase)
                ? "text/xml" : "text/html";
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync();
        return stub;
    }

    /// <summary>
    /// An HttpClient that reaches this stub whatever host name a URL names (so DNS-style names such as
    /// tokens.cloud.test work on loopback); hosts listed in <paramref name="unresolvable"/> fail as DNS would.
    /// </summary>
    public HttpClient ClientResolvingEverythingHere(params string[] unresolvable)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                if (unresolvable.Contains(context.DnsEndPoint.Host, StringComparer.OrdinalIgnoreCase))
                {
                    throw new SocketException((int)SocketError.HostNotFound);
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record SeenRequest(string Method, string Host, string Path, string Query, string Authorization, string Body = "")
{
    /// <summary>The form fields of a POSTed Query request (Action, Version, ...), decoded.</summary>
    public IReadOnlyDictionary<string, string> Form => Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty);
}
