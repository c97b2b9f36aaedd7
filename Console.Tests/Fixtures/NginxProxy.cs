using System.Diagnostics;
using System.Net.Sockets;

namespace EucaConsole.Tests.Fixtures;

/// <summary>Debian's nginx in the foreground on a free 127.0.0.1 port, with a config a test writes; stopped on dispose.</summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;

    private NginxProxy(Process process, int port, string directory)
    {
        _process = process;
        Port = port;
        Directory = directory;
    }

    public int Port { get; }

    /// <summary>Where the config, logs and temp files live.</summary>
    public string Directory { get; }

    public string AccessLog => File.Exists(Path.Combine(Directory, "access.log")) ? File.ReadAllText(Path.Combine(Directory, "access.log")) : string.Empty;

    /// <param name="servers">The <c>server { … }</c> body's locations, given the port to listen on.</param>
    public static async Task<NginxProxy> StartAsync(string locations)
    {
        var port = FreePort.Next();
        var directory = System.IO.Directory.CreateTempSubdirectory("euca-nginx-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "temp"));
        var config = $$"""
            worker_processes 1;
            daemon off;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log;
            events { worker_connections 64; }
            http {
                log_format bodies '$request_method $request_uri $status $request_body';
                access_log {{directory}}/access.log bodies;
                client_body_temp_path {{directory}}/temp/body;
                proxy_temp_path {{directory}}/temp/proxy;
                fastcgi_temp_path {{directory}}/temp/fastcgi;
                uwsgi_temp_path {{directory}}/temp/uwsgi;
                scgi_temp_path {{directory}}/temp/scgi;
                client_body_buffer_size 1m;
                server {
                    listen 127.0.0.1:{{port}};
            {{locations}}
                }
            }
            """;
        File.WriteAllText(Path.Combine(directory, "nginx.conf"), config);
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var process = Process.Start(new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-p", directory, "-c", Path.Combine(directory, "nginx.conf") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("nginx did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {File.ReadAllText(Path.Combine(directory, "error.log"))}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return new NginxProxy(process, port, directory);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"nginx did not listen on {port}");
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
