using Bunit;
using EucaConsole.Components;
using EucaConsole.Components.Pages.Compute;
using EucaConsole.Domain.Compute;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EucaConsole.Tests.Components.Pages;

/// <summary>The instances page refreshes itself while instances change state, backing off, and stops once they settle.</summary>
public sealed class InstancesRefreshTests : BunitContext, IAsyncLifetime
{
    private readonly TimerRecordingTimeProvider _time = new();

    public InstancesRefreshTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddConsoleComponents();
        Services.AddSingleton<TimeProvider>(_time);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private static Instance In(string state) =>
        new("i-1", "web-1", state, "t3.micro", "ami-1", null, "us-east-1a", null, null, null, "ebs", null, "x86_64", [], null, null, false, []);

    [Fact]
    public void A_stopping_instance_is_looked_at_again_until_it_is_stopped_and_then_no_more()
    {
        var (compute, script) = ScriptedCompute.Create([In("stopping")], [In("stopping")], [In("stopped")]);
        Services.AddAllCompute(compute);
        var page = Render<Instances>();
        page.WaitForAssertion(() => Assert.Equal("stopping", page.Find("[data-testid=instance-state]").TextContent));
        Assert.Equal(1, script.DescribeCalls);
        page.WaitForAssertion(() => Assert.Contains(RefreshSchedule.First, _time.DueTimes));

        _time.Advance(RefreshSchedule.First);
        page.WaitForAssertion(() => Assert.Equal(2, script.DescribeCalls));
        // The second wait is scheduled once the reload has been handled; advancing before that would be lost.
        page.WaitForAssertion(() => Assert.Contains(RefreshSchedule.First * 2, _time.DueTimes));
        _time.Advance(RefreshSchedule.First);
        Assert.Equal(2, script.DescribeCalls);   // backing off: the second wait is longer
        _time.Advance(RefreshSchedule.First);
        page.WaitForAssertion(() => Assert.Equal("stopped", page.Find("[data-testid=instance-state]").TextContent));
        Assert.Equal(3, script.DescribeCalls);

        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, script.DescribeCalls);
    }

    [Fact]
    public void Settled_instances_are_not_polled()
    {
        var (compute, script) = ScriptedCompute.Create([In("running")]);
        Services.AddAllCompute(compute);
        var page = Render<Instances>();
        page.WaitForAssertion(() => Assert.Equal("running", page.Find("[data-testid=instance-state]").TextContent));

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, script.DescribeCalls);
    }

    [Fact]
    public void The_schedule_backs_off_to_a_ceiling_and_resets()
    {
        var schedule = new RefreshSchedule();

        var delays = Enumerable.Range(0, 6).Select(_ => schedule.Next().TotalSeconds).ToList();
        schedule.Reset();

        Assert.Equal([5, 10, 20, 30, 30, 30], delays);
        Assert.Equal(RefreshSchedule.First, schedule.Next());
    }
}
