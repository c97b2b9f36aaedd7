using Amazon.Runtime;
using EucaConsole.Domain.Cloud.Query;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Cloud.Query;

/// <summary>A value holding a control character (sent as a character reference) does not make a whole reply unreadable.</summary>
public sealed class ControlCharacterReplyTests : IAsyncLifetime
{
    private TokensStub _cloud = default!;

    public async Task InitializeAsync() => _cloud = await TokensStub.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task A_stack_parameter_with_a_control_character_is_read_with_the_rest_of_the_list()
    {
        _cloud.Reply = _ => (200, """
            <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks>
              <member><StackName>odd</StackName><Parameters><member><ParameterKey>Note</ParameterKey><ParameterValue>bell&#x7;here</ParameterValue></member></Parameters></member>
              <member><StackName>plain</StackName></member>
            </Stacks></DescribeStacksResult></DescribeStacksResponse>
            """);
        using var client = new QueryServiceClient(new BasicAWSCredentials("a", "b"), QueryApi.CloudFormation, new Uri($"http://127.0.0.1:{_cloud.Port}/"),
            "us-east-1", 0);

        var result = await client.CallAsync("DescribeStacks", null, CancellationToken.None);

        var stacks = result.Child("Stacks")!.Elements().ToList();
        Assert.Equal(2, stacks.Count);
        Assert.Equal("bell\u0007here", stacks[0].Descendants().Single(e => e.Name.LocalName == "ParameterValue").Value);
    }
}
