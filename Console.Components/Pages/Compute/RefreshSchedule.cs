namespace EucaConsole.Components.Pages.Compute;

/// <summary>
/// When to look again while instances are changing state: soon after an action, then less and less
/// often (5, 10, 20, 30, 30 … seconds) so a slow transition does not hammer the API.
/// </summary>
public sealed class RefreshSchedule
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    private TimeSpan _next = First;

    public TimeSpan Next()
    {
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, Longest.Ticks));
        return delay;
    }

    public void Reset() => _next = First;
}
