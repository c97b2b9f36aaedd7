using System.Xml.Linq;
using EucaConsole.Domain.Scaling;

namespace EucaConsole.Tests.Domain.Scaling;

/// <summary>Reply mapping checked against recorded replies, for what moto does not produce.</summary>
public sealed class ScalingRepliesTests
{
    [Fact]
    public void Scaling_activities_are_read_from_a_recorded_reply()
    {
        var result = XElement.Parse("""
            <DescribeScalingActivitiesResult xmlns="http://autoscaling.amazonaws.com/doc/2011-01-01/">
              <Activities>
                <member>
                  <ActivityId>f9f2d65b-f1f2-43e7-b46d-d86756459699</ActivityId>
                  <AutoScalingGroupName>console-asg</AutoScalingGroupName>
                  <Description>Launching a new EC2 instance: i-0d44425630326060f</Description>
                  <Cause>At 2026-11-25T10:00:00Z a user request update of AutoScalingGroup constraints to min: 1, max: 3, desired: 2 changing the desired capacity from 1 to 2.</Cause>
                  <StartTime>2026-11-25T10:00:05.100Z</StartTime>
                  <EndTime>2026-11-25T10:00:37Z</EndTime>
                  <StatusCode>Successful</StatusCode>
                  <Progress>100</Progress>
                </member>
              </Activities>
            </DescribeScalingActivitiesResult>
            """);

        var activity = Assert.Single(ScalingReplies.Activities(result));

        Assert.Equal("f9f2d65b-f1f2-43e7-b46d-d86756459699", activity.Id);
        Assert.Equal("console-asg", activity.GroupName);
        Assert.Equal("Successful", activity.StatusCode);
        Assert.Equal(100, activity.Progress);
        Assert.StartsWith("Launching a new EC2 instance", activity.Description, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 0, 37, TimeSpan.Zero), activity.EndTime);
    }

    [Fact]
    public void An_activity_without_its_id_makes_the_reply_malformed()
    {
        var result = XElement.Parse("<R><Activities><member><StatusCode>Failed</StatusCode></member></Activities></R>");

        Assert.Throws<FormatException>(() => ScalingReplies.Activities(result).ToList());
    }
}
