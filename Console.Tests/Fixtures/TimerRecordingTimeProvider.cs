using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// A fake clock that also records the due time of every timer created on it, so a test can wait until
/// the code under test has actually scheduled its next wake-up before moving time on.
/// </summary>
public sealed class TimerRecordingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    public IReadOnlyCollection<TimeSpan> DueTimes => [.. _dueTimes];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
