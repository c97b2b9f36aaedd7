using EucaConsole.Components.Session;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using EucaConsole.Server.Components.Pages.SignIn;
using Microsoft.AspNetCore.Mvc;

namespace EucaConsole.Server.Authentication;

/// <summary>
/// The top bar's region menu posts here: the session continues with the same credentials in the chosen
/// region (a new session ticket; the old one ends), and the browser goes back to the page it was on,
/// whose lists then load for the new region. A region the cloud does not list is refused.
/// </summary>
public static partial class RegionSwitchEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, SessionCookie cookie, RegionSwitch regions, ILoggerFactory loggers,
        [FromForm] string? region, [FromForm] string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(regions);
        if (SessionClaims.FromPrincipal(context.User) is not { } session)
        {
            return Results.LocalRedirect("/signin");
        }

        if (string.IsNullOrWhiteSpace(region) || region.Length > 64)
        {
            return Results.BadRequest("Choose a region.");
        }

        SignedInSession switched;
        try
        {
            switched = await regions.SwitchAsync(session, region.Trim(), context.RequestAborted).ConfigureAwait(false);
        }
        catch (ArgumentException refused)
        {
            return Results.BadRequest(refused.Message);
        }
        catch (CloudException error)
        {
            return Results.Problem(error.Describe(), statusCode: StatusCodes.Status502BadGateway, title: "The regions could not be listed");
        }

        await cookie.SignInAsync(context, switched).ConfigureAwait(false); // a new key; the old session ends
        var logger = loggers.CreateLogger("EucaConsole.Server.Authentication.RegionSwitch");
        var who = session.Principal.DisplayName;
        LogSwitched(logger, who, session.Profile.Region, switched.Profile.Region);
        return Results.LocalRedirect(SignIn.SafeReturnUrl(returnUrl));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Principal} switched region from {From} to {To}")]
    private static partial void LogSwitched(ILogger logger, string principal, string from, string to);
}
