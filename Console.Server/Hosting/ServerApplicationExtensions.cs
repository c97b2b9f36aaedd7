using EucaConsole.Server.Authentication;
using EucaConsole.Server.Components;
using EucaConsole.Server.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;

namespace EucaConsole.Server.Hosting;

public static class ServerApplicationExtensions
{
    public static WebApplication UseConsoleServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found");

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

        app.MapStaticAssets();
        app.MapPost("/signout", async (HttpContext context, SessionCookie cookie, [FromForm] string? returnUrl) =>
        {
            await cookie.SignOutAsync(context).ConfigureAwait(false);
            return Results.LocalRedirect("/signin?signedOut=1");
        });
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(typeof(EucaConsole.Components.Layout.MainLayout).Assembly);
        return app;
    }
}
