using System.Collections.Concurrent;

namespace EucaConsole.LoadTest.Measurement;

/// <summary>Counts of one target's run, updated from every circuit's loop.</summary>
internal sealed class RunCounters
{
    private long _events;
    private long _noRender;

    public ConcurrentQueue<string> Errors { get; } = new();

    public long Events => Interlocked.Read(ref _events);

    public long EventsWithoutRender => Interlocked.Read(ref _noRender);

    public void Event() => Interlocked.Increment(ref _events);

    public void NoRender() => Interlocked.Increment(ref _noRender);

    public void Error(string message) => Errors.Enqueue(message);
}
