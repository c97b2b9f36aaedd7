using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.Cloud;

/// <summary>The body rewritten for the Eucalyptus API version is the body that is signed (moto checking signatures accepts it).</summary>
public sealed class DialectSigningTests(SigningMotoFixture moto) : IClassFixture<SigningMotoFixture>
{

    [Fact]
    public async Task A_eucalyptus_dialect_request_with_its_own_version_passes_a_signature_check()
    {
        var profile = CloudProfile.ForEucalyptus("cloud.test", 8773, EucalyptusAddressing.PathStyle) with
        {
            Region = "us-east-1",
            Overrides = new Dictionary<CloudService, Uri> { [CloudService.Compute] = moto.Server.Endpoint },
        };
        using var connection = new CloudConnection(new FixedSessionSource(new SignedInSession(profile, new CloudPrincipal("123456789012", "alice", null, null),
            new CloudCredentials(moto.Server.AccessKeyId, moto.Server.SecretAccessKey, null, null))), Options.Create(new CloudAccessOptions { MaxErrorRetry = 0 }));

        var zones = await Ec2.Over(connection).DescribeAvailabilityZonesAsync(CancellationToken.None);

        Assert.NotEmpty(zones);
    }
}
