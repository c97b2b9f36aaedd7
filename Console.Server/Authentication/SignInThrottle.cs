using System.Collections.Concurrent;
using EucaConsole.Server.Configuration;
using Microsoft.Extensions.Options;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// Slows down repeated failed sign-ins from one client: after a few free failures each further attempt
/// waits 1, 2, 4, ... seconds (capped), so guessing passwords through the console is impractically slow.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    public TimeSpan DelayFor(string client)
    {
        var settings = options.Value;
        if (!_failures.TryGetValue(client, out var failures))
        {
            return TimeSpan.Zero;
        }

        if (time.GetUtcNow() - failures.Last > TimeSpan.FromMinutes(settings.WindowMinutes))
        {
            _failures.TryRemove(client, out _);
            return TimeSpan.Zero;
        }

        var beyond = failures.Count - settings.FreeFailures;
        return beyond <= 0
            ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(settings.MaxDelaySeconds, Math.Pow(2, Math.Min(beyond - 1, 16))));
    }

    public Task WaitAsync(string client, CancellationToken cancellationToken) =>
        DelayFor(client) is { } delay && delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;

    public void RecordFailure(string client)
    {
        var now = time.GetUtcNow();
        var window = TimeSpan.FromMinutes(options.Value.WindowMinutes);
        _failures.AddOrUpdate(client, _ => new Failures(1, now),
            (_, old) => now - old.Last > window ? new Failures(1, now) : new Failures(old.Count + 1, now));
        if (_failures.Count > 10_000)
        {
            // Bounded memory under a spray of clients: drop what has aged out of the window.
            foreach (var (key, value) in _failures)
            {
                if (now - value.Last > window)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    public void RecordSuccess(string client) => _failures.TryRemove(client, out _);

    private sealed record Failures(int Count, DateTimeOffset Last);
}
