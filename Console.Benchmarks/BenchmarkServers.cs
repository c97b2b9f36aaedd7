using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EucaConsole.Benchmarks;

/// <summary>A real redis-server and moto_server on free loopback ports, for the length of a benchmark run.</summary>
public sealed class BenchmarkServers : IDisposable
{
    private readonly List<Process> _processes = [];

    public BenchmarkServers(int imageCount)
    {
        RedisPort = FreePort();
        Start("redis-server", ["--port", RedisPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], []);
        MotoPort = FreePort();
        Start("moto_server", ["-H", "127.0.0.1", "-p", MotoPort.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new() { ["MOTO_AMIS_PATH"] = SyntheticCatalogue.Write(imageCount) });
        WaitForPort(RedisPort);
        WaitForPort(MotoPort);
    }

    public int RedisPort { get; }

    public int MotoPort { get; }

    public Uri MotoEndpoint => new($"http://127.0.0.1:{MotoPort}/");

    private void Start(string command, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    private static void WaitForPort(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new TimeoutException($"nothing listens on {port}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }
    }
}
