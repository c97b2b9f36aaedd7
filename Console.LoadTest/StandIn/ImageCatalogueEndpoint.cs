using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EucaConsole.LoadTest.StandIn;

/// <summary>
/// A cloud endpoint for the load run: answers DescribeImages from the generated catalogue (moto takes
/// minutes to list 15,000 images), DescribeInstances from moto's first answer to the same request
/// (moto answers one call at a time, about a second for a thousand instances, and a thousand users
/// opening /instances in one account would queue behind each other there as they would not on a
/// cloud), and forwards every other call, STS included, to moto unchanged.
/// </summary>
internal sealed class ImageCatalogueEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _moto;
    private readonly IReadOnlyList<GeneratedImage> _images;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string>>> _instanceListings = new(StringComparer.Ordinal);

    private ImageCatalogueEndpoint(WebApplication app, HttpClient moto, IReadOnlyList<GeneratedImage> images)
    {
        _app = app;
        _moto = moto;
        _images = images;
    }

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public int DescribeImagesCalls { get; private set; }

    public static async Task<ImageCatalogueEndpoint> StartAsync(Uri moto, int imageCount)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new ImageCatalogueEndpoint(app, new HttpClient { BaseAddress = moto }, GeneratedImages.Create(imageCount));
        app.Run(endpoint.HandleAsync);
        await app.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _moto.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form["Action"] == "DescribeImages")
            {
                DescribeImagesCalls++;
                context.Response.ContentType = "text/xml";
                await context.Response.WriteAsync(Describe(form), context.RequestAborted);
                return;
            }

            if (form["Action"] == "DescribeInstances")
            {
                var key = string.Join('&', form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
                var listing = _instanceListings.GetOrAdd(key, _ => new Lazy<Task<string>>(() => ListInstancesAsync(form)));
                context.Response.ContentType = "text/xml";
                await context.Response.WriteAsync(await listing.Value, context.RequestAborted);
                return;
            }

            context.Request.Body.Position = 0;
        }

        await ForwardAsync(context);
    }

    private string Describe(IFormCollection form)
    {
        var ids = form.Keys.Where(k => k.StartsWith("ImageId.", StringComparison.Ordinal)).Select(k => form[k].ToString()).ToHashSet(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            return DescribeImagesReply.Write(_images.Where(i => ids.Contains(i.Id)), null);
        }

        var start = int.TryParse(form["NextToken"], NumberStyles.None, CultureInfo.InvariantCulture, out var token) ? token : 0;
        var size = int.TryParse(form["MaxResults"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0 ? max : _images.Count;
        var page = _images.Skip(start).Take(size);
        var next = start + size < _images.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null;
        return DescribeImagesReply.Write(page, next);
    }

    private async Task<string> ListInstancesAsync(IFormCollection form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Key, f.Value.ToString()))),
        };
        request.Headers.TryAddWithoutValidation("Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDLOADTESTEXAMPLE/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0");
        using var reply = await _moto.SendAsync(request);
        reply.EnsureSuccessStatusCode();
        return await reply.Content.ReadAsStringAsync();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values) && request.Content is not null)
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var reply = await _moto.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)reply.StatusCode;
        foreach (var (name, values) in reply.Headers.Concat(reply.Content.Headers))
        {
            if (!name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await reply.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
