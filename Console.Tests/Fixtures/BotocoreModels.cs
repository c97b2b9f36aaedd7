using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// The botocore service models on this machine (installed with moto): the authoritative shapes of the
/// Query APIs, against which our request mapping is checked.
/// </summary>
public static class BotocoreModels
{
    private static readonly Lazy<string> DataDirectory = new(() =>
    {
        var start = new ProcessStartInfo("python3", ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__)+'/data')"])
        {
            RedirectStandardOutput = true,
        };
        using var python = Process.Start(start)!;
        var path = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        return Directory.Exists(path) ? path : throw new InvalidOperationException("botocore data not found (is moto installed?)");
    });

    public static JsonDocument Load(string service, string version)
    {
        var path = Path.Combine(DataDirectory.Value, service, version, "service-2.json");
        if (File.Exists(path))
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }

        using var compressed = new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress);
        return JsonDocument.Parse(compressed);
    }

    /// <summary>
    /// Why a flattened Query parameter name (e.g. <c>Listeners.member.1.Protocol</c>) is not a valid
    /// input of the operation, or null when it is.
    /// </summary>
    public static string? Problem(JsonDocument model, string operation, string parameter)
    {
        var root = model.RootElement;
        if (!root.GetProperty("operations").TryGetProperty(operation, out var op))
        {
            return $"no operation {operation}";
        }

        var shapes = root.GetProperty("shapes");
        var shape = op.GetProperty("input").GetProperty("shape").GetString()!;
        var segments = parameter.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var definition = shapes.GetProperty(shape);
            var type = definition.GetProperty("type").GetString();
            if (type == "list")
            {
                if (segments[i] != "member" || i + 1 >= segments.Length || !int.TryParse(segments[i + 1], out _))
                {
                    return $"{parameter}: list {shape} must be addressed as member.N";
                }

                shape = definition.GetProperty("member").GetProperty("shape").GetString()!;
                i++;
                continue;
            }

            if (type != "structure" || !definition.GetProperty("members").TryGetProperty(segments[i], out var member))
            {
                return $"{parameter}: {shape} has no member {segments[i]}";
            }

            shape = member.GetProperty("shape").GetString()!;
        }

        var leaf = shapes.GetProperty(shape).GetProperty("type").GetString();
        return leaf is "structure" or "list" ? $"{parameter}: ends on a {leaf}, not a value" : null;
    }
}
