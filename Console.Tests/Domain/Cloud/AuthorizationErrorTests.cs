using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Domain.Cloud;

/// <summary>Credentials the cloud refuses reach the UI as the cloud's own error code.</summary>
public sealed class AuthorizationErrorTests(SigningMotoFixture moto) : IClassFixture<SigningMotoFixture>
{

    private CloudConnection ConnectAs(string accessKeyId, string secret) => new(
        new FixedSessionSource(new SignedInSession(CloudProfile.ForCompatibleEndpoint(moto.Server.Endpoint, "us-east-1"),
            new CloudPrincipal("123456789012", null, null, accessKeyId), new CloudCredentials(accessKeyId, secret, null, null))),
        Options.Create(new CloudAccessOptions { MaxErrorRetry = 0 }));

    [Fact]
    public async Task An_unknown_key_is_refused_by_ec2_with_its_code()
    {
        using var connection = ConnectAs("AKIDUNKNOWNKEY000000", "whatever");

        var error = await Assert.ThrowsAsync<CloudException>(() => Ec2.Over(connection).DescribeInstancesAsync(CancellationToken.None));

        Assert.Equal(CloudErrorKind.Service, error.Kind);
        Assert.Equal("AuthFailure", error.Code);
        Assert.Equal(401, error.HttpStatus);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_by_iam_with_its_code()
    {
        using var connection = ConnectAs(moto.Server.AccessKeyId, "not-the-secret");

        var error = await Assert.ThrowsAsync<CloudException>(() => new IdentityService(connection).ListRolesAsync(CancellationToken.None));

        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Equal(403, error.HttpStatus);
    }

    [Fact]
    public async Task The_right_key_is_let_through()
    {
        using var connection = ConnectAs(moto.Server.AccessKeyId, moto.Server.SecretAccessKey);

        var roles = await new IdentityService(connection).ListRolesAsync(CancellationToken.None);

        Assert.NotNull(roles);
    }
}
