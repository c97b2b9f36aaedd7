using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EucaConsole.Domain.Cloud;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EucaConsole.Domain.SignIn;

/// <summary>
/// Signs in to AWS or an AWS-compatible endpoint (and the sandbox) with an access key: the key is
/// checked with STS GetCallerIdentity, then traded for temporary credentials with GetSessionToken
/// where the endpoint allows it, after which the long-term secret is dropped.
/// </summary>
public sealed partial class AwsSignIn
{
    private readonly IOptions<SignInOptions> options;
    private readonly ILogger<AwsSignIn> logger;
    private readonly HttpClientFactory? httpClients;

    /// <summary>Internal: the SDK's HTTP factory is the domain's business (see DomainServiceCollectionExtensions).</summary>
    internal AwsSignIn(IOptions<SignInOptions> options, ILogger<AwsSignIn> logger, HttpClientFactory? httpClients = null)
    {
        this.options = options;
        this.logger = logger;
        this.httpClients = httpClients;
    }

    public async Task<SignedInSession> SignInAsync(CloudProfile profile, string accessKeyId, string secretAccessKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var endpoint = ServiceEndpoints.Resolve(profile, CloudService.Tokens);
        var config = new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = profile.Region,
            MaxErrorRetry = 1,
            Timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds),
        };
        if (httpClients is not null)
        {
            config.HttpClientFactory = httpClients;
        }

        using var sts = new AmazonSecurityTokenServiceClient(new BasicAWSCredentials(accessKeyId.Trim(), secretAccessKey.Trim()), config);

        GetCallerIdentityResponse identity;
        try
        {
            identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw SdkErrors.Translate(error, CloudService.Tokens, "GetCallerIdentity", endpoint);
        }

        var principal = CloudPrincipal.FromArn(identity.Account, identity.Arn, accessKeyId.Trim());
        var credentials = await ExchangeAsync(sts, endpoint, accessKeyId.Trim(), secretAccessKey.Trim(), cancellationToken).ConfigureAwait(false);
        LogSignedIn(logger, principal.Arn ?? principal.Account, endpoint, credentials.IsTemporary);
        return new SignedInSession(profile, principal, credentials);
    }

    private async Task<CloudCredentials> ExchangeAsync(AmazonSecurityTokenServiceClient sts, Uri endpoint, string accessKeyId,
        string secretAccessKey, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await sts.GetSessionTokenAsync(
                new GetSessionTokenRequest { DurationSeconds = options.Value.CredentialDurationSeconds }, cancellationToken).ConfigureAwait(false);
            var temporary = reply.Credentials;
            return new CloudCredentials(temporary.AccessKeyId, temporary.SecretAccessKey, temporary.SessionToken,
                temporary.Expiration is { } expiry ? new DateTimeOffset(DateTime.SpecifyKind(expiry, DateTimeKind.Utc)) : null);
        }
        catch (AmazonServiceException refused) when (!string.IsNullOrEmpty(refused.ErrorCode))
        {
            // Some endpoints (and keys that are already temporary) refuse GetSessionToken. The key was
            // valid a moment ago, so the session keeps it, protected like any credentials, and says so.
            LogExchangeRefused(logger, endpoint, refused.ErrorCode);
            return new CloudCredentials(accessKeyId, secretAccessKey, null, null);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw SdkErrors.Translate(error, CloudService.Tokens, "GetSessionToken", endpoint);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in {Principal} through {Endpoint} (temporary credentials: {Temporary})")]
    private static partial void LogSignedIn(ILogger logger, string principal, Uri endpoint, bool temporary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Endpoint} refused GetSessionToken ({Code}); the session keeps the access key it was given")]
    private static partial void LogExchangeRefused(ILogger logger, Uri endpoint, string code);
}
