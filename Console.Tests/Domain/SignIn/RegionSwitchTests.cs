using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.SignIn;

/// <summary>Switching region against moto: only a region the cloud lists is accepted; the credentials stay.</summary>
public sealed class RegionSwitchTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    private SignedInSession Session => new(CloudProfile.ForCompatibleEndpoint(cloud.Endpoint, "us-east-1"),
        new CloudPrincipal("123456789012", "tester", null, null), new CloudCredentials("test-key", "test-secret", "token", null));

    private static RegionSwitch Switch => new(Options.Create(new CloudAccessOptions { MaxErrorRetry = 0 }));

    [Fact]
    public async Task A_listed_region_keeps_the_credentials_and_endpoint_and_changes_the_signing_region()
    {
        var switched = await Switch.SwitchAsync(Session, "eu-central-1", CancellationToken.None);

        Assert.Equal("eu-central-1", switched.Profile.Region);
        Assert.Equal(Session.Profile.EndpointUrl, switched.Profile.EndpointUrl);
        Assert.Equal(Session.Credentials, switched.Credentials);
    }

    [Theory]
    [InlineData("nowhere-1")]
    [InlineData("us-east-1.evil.example#")]
    public async Task A_region_the_cloud_does_not_list_is_refused(string region)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Switch.SwitchAsync(Session, region, CancellationToken.None));

        Assert.Contains("is not a region this cloud lists", error.Message, StringComparison.Ordinal);
    }
}
