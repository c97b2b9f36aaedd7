using EucaConsole.Server.Authentication;
using EucaConsole.Server.Components;
using EucaConsole.Server.Health;
using EucaConsole.Server.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;

namespace EucaConsole.Server.Hosting;

public static class ServerApplicationExtensions
{
    public static WebApplication UseConsoleServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // A key ring this process cannot read stops it here, before Data Protection would add a key of its own.
        EucaConsole.Server.Security.KeyRing.KeyRingCheck.EnsureReadable(app.Services);
        // Both theme stylesheets are written now, before any circuit: none waits on their rendering.
        app.Services.GetRequiredService<EucaConsole.Components.Layout.ThemeStylesheets>().Prepare();
        // The scheme and host a trusted proxy forwarded first: HSTS and the socket's scheme follow them.
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HostCheckMiddleware>();
        // In every environment: the developer exception page would show a stack trace and the request's
        // Cookie header to whoever triggered the error.
        app.UseExceptionHandler("/error", createScopeForErrors: true);

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLocalization(CultureEndpoint.Configure);

        // Liveness: answers while the process serves; this is what a load balancer's health check hits.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });

        app.UseAuthentication();
        app.UseMiddleware<SessionActivityMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<AntiforgeryRefusalMiddleware>();

        app.MapStaticAssets();
        app.MapPost("/signout", async (HttpContext context, SessionCookie cookie, [FromForm] string? returnUrl) =>
        {
            await cookie.SignOutAsync(context).ConfigureAwait(false);
            return Results.LocalRedirect("/signin?signedOut=1");
        });
        app.MapPost("/session/region", RegionSwitchEndpoint.HandleAsync);
        app.MapPost("/culture", CultureEndpoint.Handle);
        app.MapRazorComponents<App>()
            // frame-ancestors is in SecurityHeadersMiddleware's policy; a second CSP header would only repeat it.
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
            .AddAdditionalAssemblies(typeof(EucaConsole.Components.Layout.MainLayout).Assembly);
        return app;
    }
}
