using System.Net;
using EucaConsole.Domain.Cloud;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.SignIn;

/// <summary>
/// Signs in to a Eucalyptus cloud with account, user and password through the Tokens service:
/// DNS style (<c>tokens.HOST</c>) and path style (<c>HOST/services/Tokens</c>), the style that answered
/// this host last time first. The password is used for this one request and not kept.
/// </summary>
public sealed partial class EucalyptusSignIn(HttpClient http, IOptions<SignInOptions> options, ILogger<EucalyptusSignIn> logger,
    EucalyptusStyleMemory? styles = null)
{
    private readonly EucalyptusStyleMemory _styles = styles ?? new EucalyptusStyleMemory();

    private const string Operation = "GetAccessToken";

    public async Task<SignedInSession> SignInAsync(EucalyptusSignInRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = CloudProfile.ForEucalyptus(request.Host.Trim(), request.Port, EucalyptusAddressing.DnsStyle, request.UseHttps);
        var failures = new List<CloudException>();
        foreach (var addressing in _styles.Order(profile.Host!, profile.Port, profile.UseHttps))
        {
            var endpoint = ServiceEndpoints.EucalyptusEndpoint(profile, CloudService.Tokens, addressing);
            var attempt = await TryAsync(endpoint, request, cancellationToken).ConfigureAwait(false);
            if (attempt.Credentials is { } credentials)
            {
                LogSignedIn(logger, request.Account, request.User, endpoint);
                _styles.Answered(profile.Host!, profile.Port, profile.UseHttps, addressing);
                var principal = new CloudPrincipal(request.Account, request.User, null, null);
                return new SignedInSession(profile with { Addressing = addressing }, principal, credentials);
            }

            // An answer from a Tokens service (wrong password, disabled user) is final; only "nothing
            // there" (no DNS name, refused, not a Tokens endpoint) moves on to the next style.
            if (!attempt.TryNextStyle)
            {
                throw attempt.Error!;
            }

            failures.Add(attempt.Error!);
        }

        // A refusal by the console's own endpoint policy is the reason, whatever the other style said.
        if (failures.Find(f => f.Kind == CloudErrorKind.NotAllowed) is { } refused)
        {
            throw refused;
        }

        var tried = string.Join("; ", failures.Select(f => f.Describe()));
        throw new CloudException(failures[^1].Kind, CloudService.Tokens, Operation, failures[^1].Endpoint,
            Say.T("No Tokens service answered. Tried: {0}", tried));
    }

    private async Task<Attempt> TryAsync(Uri endpoint, EucalyptusSignInRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get,
            EucalyptusTokenRequest.RequestUri(endpoint, options.Value.CredentialDurationSeconds));
        message.Headers.Authorization = EucalyptusTokenRequest.Authorization(request.Account, request.User, request.Password);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds));
        try
        {
            using var response = await http.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                // A 200 that is not a Tokens reply (a web front end behind a wildcard DNS name, say) means
                // "no Tokens service here": the other style may still have one.
                try
                {
                    return new Attempt(TokensReply.ReadCredentials(body, endpoint, Operation), null, false);
                }
                catch (CloudException notTokens) when (notTokens.Kind == CloudErrorKind.MalformedReply)
                {
                    return new Attempt(null, new CloudException(CloudErrorKind.MalformedReply, CloudService.Tokens, Operation, endpoint,
                        $"answered {(int)response.StatusCode} with something that is not a Tokens reply ({notTokens.Message})"), true);
                }
            }

            if (TokensReply.ReadError(body) is { } error)
            {
                return new Attempt(null, new CloudException(CloudErrorKind.Service, CloudService.Tokens, Operation, endpoint,
                    error.Message, error.Code, (int)response.StatusCode, error.RequestId), false);
            }

            var unexpected = new CloudException(CloudErrorKind.Service, CloudService.Tokens, Operation, endpoint,
                $"{(int)response.StatusCode} {response.ReasonPhrase} (not a Tokens service reply)", $"HTTP{(int)response.StatusCode}",
                (int)response.StatusCode);
            return new Attempt(null, unexpected, response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.MethodNotAllowed);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested
            && TransportErrors.Translate(error, CloudService.Tokens, Operation, endpoint) is { } transport)
        {
            return new Attempt(null, transport, true);
        }
    }

    private sealed record Attempt(CloudCredentials? Credentials, CloudException? Error, bool TryNextStyle);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in {Account}/{User} through {Endpoint}")]
    private static partial void LogSignedIn(ILogger logger, string account, string user, Uri endpoint);
}
