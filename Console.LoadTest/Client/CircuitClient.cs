using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EucaConsole.LoadTest.Client;

/// <summary>
/// One browser tab without a browser: opens a circuit on a page over /_blazor (blazorpack), applies and
/// acknowledges render batches, answers the server's JS calls, follows its navigations and dispatches
/// DOM events to handlers found in the rendered page.
/// </summary>
internal sealed class CircuitClient : IAsyncDisposable
{
    private readonly Uri _base;
    private readonly CookieContainer _cookies;
    private readonly HttpClient _http;
    private readonly Dom _dom = new();
    private readonly Lock _gate = new();
    private HubConnection? _hub;
    private long _rendererObject = -1;
    private long _nextCall;
    private long _renders;
    private TaskCompletionSource _nextRender = NewSignal();

    public CircuitClient(Uri baseUri, CookieContainer cookies, HttpClient http)
    {
        _base = baseUri;
        _cookies = cookies;
        _http = http;
    }

    public Uri Location { get; private set; } = new("about:blank");

    /// <summary>What went wrong in this circuit (JS.Error, a closed connection, a failed event, a batch the client could not apply).</summary>
    public List<string> Errors { get; } = [];

    public long RenderBytes { get; private set; }

    public long Renders => Interlocked.Read(ref _renders);

    public bool Closed { get; private set; }

    /// <summary>Loads the page over HTTP, then starts its circuit; returns when the first render arrived.</summary>
    public async Task OpenAsync(string path, CancellationToken cancellationToken)
    {
        Location = new Uri(_base, path);
        using var response = await _http.GetAsync(Location, cancellationToken);
        if (response.RequestMessage?.RequestUri is { } final && final.AbsolutePath != Location.AbsolutePath)
        {
            throw new InvalidOperationException($"{path} redirected to {final.PathAndQuery} (not signed in?)");
        }

        response.EnsureSuccessStatusCode();
        var markers = PageMarkers.ServerComponents(await response.Content.ReadAsStringAsync(cancellationToken));
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{path} has no interactive server component.");
        }

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(_base, "_blazor"), options =>
            {
                options.Cookies = _cookies;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var hub = builder.Build();
        hub.ServerTimeout = TimeSpan.FromMinutes(2);
        hub.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        // (task id, identifier, JSON arguments, result type, target instance, call type: a function call, new, get or set)
        hub.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        hub.On<string>("JS.EndInvokeDotNet", OnEndInvokeDotNet);
        hub.On<string>("JS.Error", error => Fail($"JS.Error: {error}"));
        hub.Closed += error =>
        {
            Closed = true;
            if (error is not null)
            {
                Fail($"connection closed: {error.Message}");
            }

            return Task.CompletedTask;
        };
        _hub = hub;

        var firstRender = NextRender();
        await hub.StartAsync(cancellationToken);
        var circuitId = await hub.InvokeAsync<string?>("StartCircuit", _base.ToString(), Location.ToString(), "[]", string.Empty, cancellationToken);
        if (string.IsNullOrEmpty(circuitId))
        {
            throw new InvalidOperationException("The server did not start a circuit.");
        }

        await hub.SendAsync("UpdateRootComponents", PageMarkers.AddOperations(markers), string.Empty, cancellationToken);
        await firstRender.WaitAsync(cancellationToken);
    }

    /// <summary>A task that completes at the next render batch applied.</summary>
    public Task NextRender()
    {
        lock (_gate)
        {
            return _nextRender.Task;
        }
    }

    /// <summary>Waits until the page shows what <paramref name="ready"/> looks for (checked after each render).</summary>
    public async Task WaitForAsync(Func<Dom, bool> ready, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (ready(_dom))
                {
                    return;
                }

                next = _nextRender.Task;
            }

            try
            {
                await next.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The page at {Location.PathAndQuery} did not get ready within {timeout.TotalSeconds:0} s.");
            }
        }
    }

    /// <summary>Reads the page under the client's lock (batches are applied on the connection's thread).</summary>
    public T Read<T>(Func<Dom, T> read)
    {
        lock (_gate)
        {
            return read(_dom);
        }
    }

    /// <summary>Dispatches a DOM event to the handler an element has now; returns the time until the next render (null: none came).</summary>
    public async Task<TimeSpan?> DispatchAsync(ulong handlerId, string eventName, object eventArgs, object? fieldInfo, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (_hub is null || _rendererObject < 0)
        {
            throw new InvalidOperationException("The circuit has not started.");
        }

        var descriptor = new { eventHandlerId = handlerId, eventName, eventFieldInfo = fieldInfo };
        var args = JsonSerializer.Serialize(new object[] { descriptor, eventArgs });
        var callId = Interlocked.Increment(ref _nextCall).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var render = NextRender();
        var clock = Stopwatch.StartNew();
        await _hub.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererObject, args, cancellationToken);
        try
        {
            await render.WaitAsync(wait, cancellationToken);
            return clock.Elapsed;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    private static readonly bool Trace = Environment.GetEnvironmentVariable("EUCA_LOADTEST_TRACE") == "1";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Fail(string error)
    {
        lock (_gate)
        {
            Errors.Add(error);
        }
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        string? problem = null;
        TaskCompletionSource done;
        lock (_gate)
        {
            try
            {
                _dom.Apply(RenderBatchReader.Read(data));
            }
            catch (Exception error) when (error is InvalidDataException or ArgumentException or IndexOutOfRangeException or InvalidCastException)
            {
                problem = $"batch {batchId}: {error.Message}";
                Errors.Add($"client could not apply {problem}");
            }

            RenderBytes += data.Length;
            _renders++;
            done = _nextRender;
            _nextRender = NewSignal();
        }

        // The render has arrived: that ends the event's time, whatever the acknowledgement then waits for.
        done.TrySetResult();
        await _hub!.SendAsync("OnRenderCompleted", batchId, problem);
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        JsonNode? result = null;
        if (Trace)
        {
            Console.Error.WriteLine($"JS {identifier} {argsJson[..Math.Min(argsJson.Length, 200)]} (result {resultType})");
        }

        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                var args = JsonNode.Parse(argsJson)?.AsArray();
                _rendererObject = (long?)args?[1]?["__dotNetObject"] ?? -1;
                break;
            case "Blazor._internal.navigationManager.navigateTo":
                var navigation = JsonNode.Parse(argsJson)?.AsArray();
                var target = new Uri(Location, (string?)navigation?[0] ?? "/");
                var state = (string?)navigation?[1]?["historyEntryState"];
                if ((bool?)navigation?[1]?["forceLoad"] == true)
                {
                    Fail($"the server asked for a full load of {target.PathAndQuery}");
                }
                else
                {
                    Location = target;
                    await _hub!.SendAsync("OnLocationChanged", target.ToString(), state, false);
                }

                break;
        }

        if (asyncHandle == 0)
        {
            return;
        }

        // resultType 1 is a JS object reference: the server expects an id it can call later.
        if (resultType == 1)
        {
            result = new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextCall) };
        }

        var reply = new JsonArray(asyncHandle, true, result).ToJsonString();
        await _hub!.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, reply);
    }

    private void OnEndInvokeDotNet(string argsJson)
    {
        var reply = JsonNode.Parse(argsJson)?.AsArray();
        if (reply is not null && reply.Count > 1 && (bool?)reply[1] == false)
        {
            Fail($"event failed: {reply[2]}");
        }
    }
}
