using System.Diagnostics;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// A real moto_server on a free 127.0.0.1 port for one test class; stopped when the class is done.
/// <see cref="RequireSignatures"/> makes moto check SigV4 signatures after the first few (setup) calls.
/// </summary>
public class MotoServer : IAsyncLifetime
{
    private Process? _process;

    public Uri Endpoint { get; private set; } = default!;

    /// <summary>Null: moto accepts any key. N: after N unauthenticated calls, every call must be signed by an IAM key.</summary>
    protected virtual int? RequireSignaturesAfter => null;

    public Task InitializeAsync() => StartOnAsync(FreePort.Next());

    /// <summary>Stops moto (a cloud outage); <see cref="StartAgainAsync"/> brings it back, empty, on the same port.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }

    public Task StartAgainAsync() => StartOnAsync(Endpoint.Port);

    private async Task StartOnAsync(int port)
    {
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        var start = StartInfo(port);
        if (RequireSignaturesAfter is { } count)
        {
            start.Environment["INITIAL_NO_AUTH_ACTION_COUNT"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var reply = await http.GetAsync(new Uri(Endpoint, "moto-api/"));
                if (reply.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"moto_server did not answer on {Endpoint}");
    }

    /// <summary>How moto is started on <paramref name="port"/> (a subclass may start it through a launcher of its own).</summary>
    protected virtual ProcessStartInfo StartInfo(int port) => new("moto_server")
    {
        ArgumentList = { "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };

    public async Task ResetAsync()
    {
        using var http = new HttpClient();
        using var reply = await http.PostAsync(new Uri(Endpoint, "moto-api/reset"), null);
        reply.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        Stop();
        return Task.CompletedTask;
    }
}

/// <summary>moto that verifies signatures, so a wrong secret key gets SignatureDoesNotMatch as on AWS.</summary>
public sealed class SigningMotoServer : MotoServer
{
    /// <summary>The three unauthenticated calls: create a user, give it a policy, create its key.</summary>
    protected override int? RequireSignaturesAfter => 3;

    public string AccessKeyId { get; private set; } = default!;

    public string SecretAccessKey { get; private set; } = default!;

    public async Task CreateAdminUserAsync()
    {
        var query = new MotoQuery(Endpoint);
        await query.CallAsync("iam", "CreateUser", new() { ["UserName"] = "alice" });
        await query.CallAsync("iam", "PutUserPolicy", new()
        {
            ["UserName"] = "alice",
            ["PolicyName"] = "admin",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        });
        var key = await query.CallAsync("iam", "CreateAccessKey", new() { ["UserName"] = "alice" });
        AccessKeyId = key.Value("AccessKeyId");
        SecretAccessKey = key.Value("SecretAccessKey");
    }
}
