using EucaConsole.Domain.Cloud;

namespace EucaConsole.Domain.SignIn;

/// <summary>Everything a signed-in user's calls need: where, as whom, with which (temporary) credentials.</summary>
public sealed record SignedInSession(CloudProfile Profile, CloudPrincipal Principal, CloudCredentials Credentials);
