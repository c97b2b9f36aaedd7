using EucaConsole.Domain.Compute;

namespace EucaConsole.Domain.Storage;

/// <summary>Device names for attaching a volume: the ones EC2 recommends for EBS data volumes, first free first.</summary>
public static class DeviceNames
{
    public static IReadOnlyList<string> Recommended { get; } = [.. Enumerable.Range('f', 'p' - 'f' + 1).Select(c => $"/dev/sd{(char)c}")];

    /// <summary>The first recommended name the instance does not use (its root device and attached volumes, xvd spellings included).</summary>
    public static string Suggest(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var used = (instance.Volumes ?? []).Select(v => v.DeviceName).Append(instance.RootDeviceName ?? string.Empty)
            .Select(Normalize).ToHashSet(StringComparer.Ordinal);
        return Recommended.FirstOrDefault(name => !used.Contains(Normalize(name))) ?? Recommended[^1];
    }

    public static bool IsValid(string device) =>
        System.Text.RegularExpressions.Regex.IsMatch(device ?? string.Empty, "^/dev/(sd|xvd|vd)[b-z][0-9]?$");

    private static string Normalize(string device) => device.Replace("/dev/xvd", "/dev/sd", StringComparison.Ordinal)
        .Replace("/dev/vd", "/dev/sd", StringComparison.Ordinal);

    public static bool IsRootCandidate(string device) =>
        System.Text.RegularExpressions.Regex.IsMatch(device ?? string.Empty, "^/dev/(sd|xvd|vd)a[0-9]?$");
}
