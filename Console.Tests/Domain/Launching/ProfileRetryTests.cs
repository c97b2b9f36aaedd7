using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Launching;
using Microsoft.Extensions.Time.Testing;

namespace EucaConsole.Tests.Domain.Launching;

/// <summary>A launch with a just-made instance profile is retried while the cloud does not see the profile yet.</summary>
public sealed class ProfileRetryTests
{
    private static CloudException Error(string code, string message) =>
        new(CloudErrorKind.Service, CloudService.Compute, "RunInstances", new Uri("http://cloud.test/"), message, code, 400, "req-1");

    private static readonly CloudException NotVisible =
        Error("InvalidParameterValue", "Value (web) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name");

    [Fact]
    public async Task A_new_profile_not_yet_visible_is_waited_for()
    {
        var time = new FakeTimeProvider();
        var attempts = 0;
        var launch = ProfileRetry.RunAsync(() => ++attempts < 3 ? throw NotVisible : Task.FromResult("i-1"), profileIsNew: true, time, CancellationToken.None);

        Assert.Equal(1, attempts);
        await AdvanceUntilDoneAsync(time, launch);

        Assert.Equal("i-1", await launch);
        Assert.Equal(3, attempts);
    }

    /// <summary>Moves the fake clock a second at a time, letting each retry schedule its next wait, until the launch settles.</summary>
    private static async Task AdvanceUntilDoneAsync(FakeTimeProvider time, Task launch)
    {
        var limit = ProfileRetry.Delays.Sum(d => d.TotalSeconds) + 1;
        for (var second = 0; second < limit && !launch.IsCompleted; second++)
        {
            await Task.Delay(20);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        await Task.WhenAny(launch, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(launch.IsCompleted, "the launch did not settle within the retry delays");
    }

    [Fact]
    public async Task An_existing_profile_is_not_retried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<CloudException>(() =>
            ProfileRetry.RunAsync<string>(() => { attempts++; throw NotVisible; }, profileIsNew: false, new FakeTimeProvider(), CancellationToken.None));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Other_errors_are_not_retried()
    {
        var attempts = 0;
        var other = Error("InvalidAMIID.NotFound", "The image id '[ami-x]' does not exist");

        var error = await Assert.ThrowsAsync<CloudException>(() =>
            ProfileRetry.RunAsync<string>(() => { attempts++; throw other; }, profileIsNew: true, new FakeTimeProvider(), CancellationToken.None));

        Assert.Same(other, error);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Retrying_gives_up_after_the_last_delay_with_the_clouds_error()
    {
        var time = new FakeTimeProvider();
        var attempts = 0;
        var launch = ProfileRetry.RunAsync<string>(() => { attempts++; throw NotVisible; }, profileIsNew: true, time, CancellationToken.None);

        await AdvanceUntilDoneAsync(time, launch);

        Assert.Same(NotVisible, await Assert.ThrowsAsync<CloudException>(() => launch));
        Assert.Equal(ProfileRetry.Delays.Count + 1, attempts);
    }
}
