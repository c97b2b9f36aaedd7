using EucaConsole.Components.Layout;

namespace EucaConsole.Tests.Components.Layout;

public sealed class StatusPillTests
{
    [Theory]
    [InlineData("running", "status-good")]
    [InlineData("pending", "status-busy")]
    [InlineData("terminated", "status-bad")]
    [InlineData("CREATE_COMPLETE", "status-good")]
    [InlineData("UPDATE_IN_PROGRESS", "status-busy")]
    [InlineData("UPDATE_ROLLBACK_IN_PROGRESS", "status-busy")]
    [InlineData("UPDATE_ROLLBACK_COMPLETE", "status-bad")]
    [InlineData("CREATE_FAILED", "status-bad")]
    [InlineData("DELETE_COMPLETE", "status-bad")]
    [InlineData("something new", "")]
    public void A_state_gets_the_tone_of_what_it_means_for_ec2_and_cloudformation_alike(string state, string tone) =>
        Assert.Equal(tone, StatusPill.Tone(state));
}
