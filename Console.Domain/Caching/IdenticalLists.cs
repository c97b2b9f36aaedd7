using System.Collections.Concurrent;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// A list the cloud answers the same as the last time, for the same principal, is handed out as the
/// very same object: the circuits of one user (or of many signed in with the same identity) then share
/// it, and with it its search index and its rows' markup, instead of each keeping a copy. Every load
/// still asks the cloud; only an identical answer is shared, so nothing is ever staler than it was.
/// </summary>
/// <remarks>For lists that are not cached because they change (instances). Held weakly: a list nobody shows is collected.</remarks>
public sealed class IdenticalLists
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<(string Scope, string Kind), WeakReference<object>> _last = new();

    public IReadOnlyList<T> Share<T>(CacheScope scope, string kind, IReadOnlyList<T> fresh, IEqualityComparer<T> same)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(same);
        var key = (scope.Value, kind);
        if (_last.TryGetValue(key, out var weak) && weak.TryGetTarget(out var target) && target is IReadOnlyList<T> last
            && last.Count == fresh.Count && last.SequenceEqual(fresh, same))
        {
            return last;
        }

        if (_last.Count > PruneAbove)
        {
            foreach (var entry in _last.Where(e => !e.Value.TryGetTarget(out _)).ToList())
            {
                _last.TryRemove(entry);
            }
        }

        _last[key] = new WeakReference<object>(fresh);
        return fresh;
    }
}
