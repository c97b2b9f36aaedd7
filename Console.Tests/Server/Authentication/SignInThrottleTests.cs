using EucaConsole.Server.Authentication;
using EucaConsole.Server.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EucaConsole.Tests.Server.Authentication;

public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch);
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() =>
        _throttle = new SignInThrottle(Options.Create(new SignInThrottleOptions { FreeFailures = 3, WindowMinutes = 15, MaxDelaySeconds = 30 }), _time);

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
        {
            _throttle.RecordFailure("10.0.0.9");
        }
    }

    [Fact]
    public void The_first_failures_cost_nothing()
    {
        Fail(3);

        Assert.Equal(TimeSpan.Zero, _throttle.DelayFor("10.0.0.9"));
    }

    [Fact]
    public void Each_further_failure_doubles_the_wait()
    {
        Fail(4);
        Assert.Equal(TimeSpan.FromSeconds(1), _throttle.DelayFor("10.0.0.9"));
        Fail(1);
        Assert.Equal(TimeSpan.FromSeconds(2), _throttle.DelayFor("10.0.0.9"));
        Fail(1);
        Assert.Equal(TimeSpan.FromSeconds(4), _throttle.DelayFor("10.0.0.9"));
    }

    [Fact]
    public void The_wait_is_capped()
    {
        Fail(40);

        Assert.Equal(TimeSpan.FromSeconds(30), _throttle.DelayFor("10.0.0.9"));
    }

    [Fact]
    public void Other_clients_are_not_slowed()
    {
        Fail(10);

        Assert.Equal(TimeSpan.Zero, _throttle.DelayFor("10.0.0.10"));
    }

    [Fact]
    public void Failures_are_forgotten_after_the_window()
    {
        Fail(10);

        _time.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(TimeSpan.Zero, _throttle.DelayFor("10.0.0.9"));
    }

    [Fact]
    public void A_successful_sign_in_clears_the_record()
    {
        Fail(10);

        _throttle.RecordSuccess("10.0.0.9");

        Assert.Equal(TimeSpan.Zero, _throttle.DelayFor("10.0.0.9"));
    }
}
