using System.Security.Claims;
using EucaConsole.Components.Session;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;

namespace EucaConsole.Tests.Components.Session;

public sealed class SessionClaimsTests
{
    private static readonly SignedInSession Eucalyptus = new(
        CloudProfile.ForEucalyptus("cloud.test", 8773, EucalyptusAddressing.PathStyle) with
        {
            Overrides = new Dictionary<CloudService, Uri> { [CloudService.Identity] = new("https://iam.internal/") },
        },
        new CloudPrincipal("acme", "admin", null, null),
        new CloudCredentials("ASIAEXAMPLE", "temp-secret", "temp-token", new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_session_survives_the_round_trip_through_claims()
    {
        var principal = SessionClaims.ToPrincipal(Eucalyptus, "sid-1");

        var back = SessionClaims.FromPrincipal(principal);

        Assert.NotNull(back);
        Assert.Equal(Eucalyptus.Principal, back.Principal);
        Assert.Equal(Eucalyptus.Credentials, back.Credentials);
        Assert.Equal(Eucalyptus.Profile.Kind, back.Profile.Kind);
        Assert.Equal(Eucalyptus.Profile.Host, back.Profile.Host);
        Assert.Equal(EucalyptusAddressing.PathStyle, back.Profile.Addressing);
        Assert.Equal(new Uri("https://iam.internal/"), ServiceEndpoints.Resolve(back.Profile, CloudService.Identity));
        Assert.Equal("sid-1", SessionClaims.SessionIdOf(principal));
        Assert.Equal("acme/admin", principal.Identity!.Name);
    }

    [Fact]
    public void An_anonymous_principal_has_no_session() =>
        Assert.Null(SessionClaims.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity())));

    [Fact]
    public void A_principal_missing_credentials_has_no_session()
    {
        var identity = new ClaimsIdentity([new Claim("euca:kind", "Aws"), new Claim("euca:region", "us-east-1")], "other");

        Assert.Null(SessionClaims.FromPrincipal(new ClaimsPrincipal(identity)));
    }
}
