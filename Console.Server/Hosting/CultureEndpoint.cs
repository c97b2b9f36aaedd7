using EucaConsole.Components.Localization;
using EucaConsole.Server.Components.Pages.SignIn;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace EucaConsole.Server.Hosting;

/// <summary>
/// The top bar's language menu posts here: the choice is kept in the standard culture cookie (a
/// language, nothing secret) and the browser goes back to the page it was on, whose new circuit then
/// speaks that language. Without a choice, the browser's Accept-Language decides.
/// </summary>
public static class CultureEndpoint
{
    public static IResult Handle(HttpContext context, [FromForm] string? culture, [FromForm] string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ConsoleCultures.Match(culture) is not { } chosen)
        {
            return Results.BadRequest("Choose one of the console's languages.");
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
        return Results.LocalRedirect(SignIn.SafeReturnUrl(returnUrl));
    }

    /// <summary>English by default; the culture cookie, then the browser's languages, choose among the supported ones.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SetDefaultCulture(ConsoleCultures.Default)
            .AddSupportedCultures(ConsoleCultures.Names)
            .AddSupportedUICultures(ConsoleCultures.Names);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
    }
}
