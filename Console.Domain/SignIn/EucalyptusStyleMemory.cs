using System.Collections.Concurrent;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Domain.SignIn;

/// <summary>
/// Which addressing style (DNS or path) answered last for each cloud host and port, so the next sign-in
/// asks that one first instead of paying for the other every time. Bounded: past the limit it forgets all.
/// </summary>
public sealed class EucalyptusStyleMemory
{
    private const int Limit = 1000;
    private readonly ConcurrentDictionary<(string Host, int Port, bool Https), EucalyptusAddressing> _answered = new();

    public IReadOnlyList<EucalyptusAddressing> Order(string host, int port, bool https) =>
        _answered.TryGetValue((Key(host), port, https), out var style) && style == EucalyptusAddressing.PathStyle
            ? [EucalyptusAddressing.PathStyle, EucalyptusAddressing.DnsStyle]
            : [EucalyptusAddressing.DnsStyle, EucalyptusAddressing.PathStyle];

    public void Answered(string host, int port, bool https, EucalyptusAddressing style)
    {
        if (_answered.Count >= Limit)
        {
            _answered.Clear();
        }

        _answered[(Key(host), port, https)] = style;
    }

    private static string Key(string host) => host.Trim().ToLowerInvariant();
}
