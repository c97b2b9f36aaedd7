using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using EucaConsole.Server.Authentication;
using EucaConsole.Server.Configuration;
using EucaConsole.Server.Sandbox;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace EucaConsole.Server.Components.Pages.SignIn;

/// <summary>
/// One page, three ways in. Rendered statically (no circuit): the form posts over HTTP with an
/// anti-forgery token, and a successful sign-in sets the encrypted session cookie.
/// </summary>
public partial class SignIn
{
    private SignInFailure? _error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private SandboxCloud Sandbox { get; set; } = default!;

    [Inject] private IOptions<CloudOptions> CloudOptions { get; set; } = default!;

    [Inject] private IOptions<SignInOptions> SignInOptions { get; set; } = default!;

    [Inject] private EucalyptusSignIn EucalyptusSignIn { get; set; } = default!;

    [Inject] private AwsSignIn AwsSignIn { get; set; } = default!;

    [Inject] private SessionCookie SessionCookie { get; set; } = default!;

    [Inject] private SignInThrottle Throttle { get; set; } = default!;

    [Inject] private ILogger<SignIn> Logger { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "mode")] private string? ModeName { get; set; }

    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }

    [SupplyParameterFromQuery] private string? Expired { get; set; }

    [SupplyParameterFromQuery] private string? SignedOut { get; set; }

    [SupplyParameterFromForm(FormName = "eucalyptus")] private EucalyptusSignInForm Euca { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "aws")] private AwsSignInForm Aws { get; set; } = default!;

    private SignInMode Mode { get; set; }

    /// <summary>
    /// A configured cloud is the only one this console signs in to (unless SignIn:AllowCustomEndpoints):
    /// its host and endpoint are shown, not edited, and what a form posts for them is ignored.
    /// </summary>
    private bool EndpointsLocked => CloudOptions.Value.IsConfigured && !SignInOptions.Value.AllowCustomEndpoints;

    private IEnumerable<SignInMode> OfferedModes => EndpointsLocked
        ? Enum.GetValues<SignInMode>().Where(mode => mode == DefaultMode(CloudOptions.Value)
            || (mode == SignInMode.Sandbox && Sandbox.State == SandboxState.Running))
        : Enum.GetValues<SignInMode>();

    private IEnumerable<string> Regions =>
        AwsRegions.Common.Contains(Aws.Region) ? AwsRegions.Common : AwsRegions.Common.Prepend(Aws.Region);

    private string? Notice =>
        SignedOut is not null ? "You are signed out."
        : Expired is not null || HttpContext.Items.ContainsKey(SessionActivityMiddleware.SessionEnded)
            ? "Your session ended (idle too long, or its credentials expired). Sign in again."
            : null;

    private string SandboxText => Sandbox.State switch
    {
        SandboxState.Running => $"A local sandbox cloud (moto) is running at {Sandbox.Endpoint}, with demo instances, images, volumes, a load balancer and a scaling group.",
        SandboxState.Starting => "The sandbox cloud is starting… this page refreshes by itself.",
        SandboxState.Restarting => $"The sandbox cloud stopped: {Sandbox.Problem}. This page refreshes by itself.",
        SandboxState.NotInstalled => "The sandbox needs moto's server, which is not installed on this machine:",
        SandboxState.Disabled => "The sandbox is off because this console is set up for a cloud.",
        _ => $"The sandbox could not start: {Sandbox.Problem}",
    };

    protected override void OnInitialized()
    {
        var cloud = CloudOptions.Value;
        Mode = Enum.TryParse<SignInMode>(ModeName, ignoreCase: true, out var chosen) && OfferedModes.Contains(chosen) ? chosen : DefaultMode(cloud);
        Euca ??= new EucalyptusSignInForm { Host = cloud.Host ?? string.Empty, Port = cloud.Port, UseHttps = cloud.UseHttps };
        Aws ??= new AwsSignInForm { Region = cloud.Region, EndpointUrl = cloud.EndpointUrl?.ToString() };
        if (EndpointsLocked)
        {
            // Whatever was posted for them, a locked form uses the configured cloud.
            Euca.Host = cloud.Host ?? string.Empty;
            Euca.Port = cloud.Port;
            Euca.UseHttps = cloud.UseHttps;
            Aws.EndpointUrl = cloud.EndpointUrl?.ToString();
        }
    }

    private SignInMode DefaultMode(CloudOptions cloud) => cloud.Kind switch
    {
        CloudKind.Eucalyptus => SignInMode.Eucalyptus,
        CloudKind.Aws => SignInMode.Aws,
        _ when Sandbox.State is SandboxState.Running or SandboxState.Starting or SandboxState.Restarting => SignInMode.Sandbox,
        _ => SignInMode.Eucalyptus,
    };

    private async Task SignInEucalyptusAsync()
    {
        var cloud = CloudOptions.Value;
        if (EndpointsLocked && cloud.Kind != CloudKind.Eucalyptus)
        {
            _error = new SignInFailure("Sign-in refused", "This console signs in to its configured cloud only.");
            return;
        }

        var request = EndpointsLocked
            ? new EucalyptusSignInRequest(cloud.Host!, cloud.Port, cloud.UseHttps, Euca.Account.Trim(), Euca.User.Trim(), Euca.Password)
            : new EucalyptusSignInRequest(Euca.Host.Trim(), Euca.Port, Euca.UseHttps, Euca.Account.Trim(), Euca.User.Trim(), Euca.Password);
        Euca.Password = string.Empty; // never rendered back into the page
        await AttemptAsync(ct => EucalyptusSignIn.SignInAsync(request, ct), "Sign-in to Eucalyptus failed");
    }

    private async Task SignInAwsAsync()
    {
        var cloud = CloudOptions.Value;
        if (EndpointsLocked && cloud.Kind != CloudKind.Aws)
        {
            _error = new SignInFailure("Sign-in refused", "This console signs in to its configured cloud only.");
            return;
        }

        var typedEndpoint = EndpointsLocked ? cloud.EndpointUrl : Aws.ParsedEndpoint;
        var profile = typedEndpoint is { } endpoint
            ? CloudProfile.ForCompatibleEndpoint(endpoint, Aws.Region)
            : CloudProfile.ForAwsRegion(Aws.Region);
        var secret = Aws.SecretAccessKey;
        Aws.SecretAccessKey = string.Empty;
        await AttemptAsync(ct => AwsSignIn.SignInAsync(profile, Aws.AccessKeyId, secret, ct), "Sign-in failed");
    }

    private async Task SignInSandboxAsync()
    {
        if (Sandbox.Profile is not { } profile || Sandbox.DemoUser is not { } demo)
        {
            _error = new SignInFailure("The sandbox is not running", SandboxText);
            return;
        }

        await AttemptAsync(ct => AwsSignIn.SignInAsync(profile, demo.AccessKeyId, demo.SecretAccessKey, ct), "Sandbox sign-in failed");
    }

    private async Task AttemptAsync(Func<CancellationToken, Task<SignedInSession>> signIn, string title)
    {
        // Where to go after is settled before anything is signed in: nothing can fail after the ticket is written.
        var destination = SafeReturnUrl(ReturnUrl);
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var cancellation = HttpContext.RequestAborted;
        await Throttle.WaitAsync(client, cancellation);
        SignedInSession session;
        try
        {
            session = await signIn(cancellation);
        }
        catch (CloudException error)
        {
            Throttle.RecordFailure(client);
            var code = error.Code ?? error.Kind.ToString();
            LogFailed(Logger, error.Endpoint, code, client);
            _error = new SignInFailure(title, error.Describe());
            return;
        }

        Throttle.RecordSuccess(client);
        var overrides = CloudOptions.Value.Endpoints;
        if (overrides.Count > 0 && session.Profile.Kind != CloudKind.Sandbox)
        {
            session = session with { Profile = session.Profile with { Overrides = overrides } };
        }

        await SessionCookie.SignInAsync(HttpContext, session);
        Navigation.NavigateTo(destination);
    }

    /// <summary>
    /// Only local paths: a return URL must never send a freshly signed-in user to another site. Control
    /// characters, whitespace and backslashes are refused (browsers read "/\t/x" as another host); other
    /// characters are percent-escaped, since a Location header is ASCII ("/é" answered 500 before).
    /// </summary>
    internal static string SafeReturnUrl(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 and <= 2048 } || returnUrl[0] != '/' || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.StartsWith("/signin", StringComparison.OrdinalIgnoreCase)
            || returnUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
        {
            return "/";
        }

        return Uri.TryCreate(ConsoleOrigin, returnUrl, out var local) && local.Host == ConsoleOrigin.Host
            && local.PathAndQuery is { } path && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)
            ? path
            : "/";
    }

    /// <summary>A stand-in origin to resolve a return path against (never sent anywhere).</summary>
    private static readonly Uri ConsoleOrigin = new("http://console.invalid/");

    private string ModeHref(SignInMode mode)
    {
        var query = $"signin?mode={mode.ToString().ToLowerInvariant()}";
        return ReturnUrl is { Length: > 0 } ? $"{query}&returnUrl={Uri.EscapeDataString(ReturnUrl)}" : query;
    }

    private static string ModeLabel(SignInMode mode) => mode switch
    {
        SignInMode.Eucalyptus => "Eucalyptus",
        SignInMode.Aws => "AWS",
        _ => "Sandbox",
    };

    private sealed record SignInFailure(string Title, string Detail);

    // The client is the address after the trusted-proxy rule: the one the throttle counts against.
    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in through {Endpoint} failed: {Code} (client {Client})")]
    private static partial void LogFailed(ILogger logger, Uri endpoint, string code, string client);
}
