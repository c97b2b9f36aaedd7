using EucaConsole.Components;
using EucaConsole.Domain;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Network;
using EucaConsole.Domain.SignIn;
using EucaConsole.Server.Authentication;
using EucaConsole.Server.Configuration;
using EucaConsole.Server.Health;
using EucaConsole.Server.Sandbox;
using EucaConsole.Server.Security;
using EucaConsole.Server.Security.KeyRing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace EucaConsole.Server.Hosting;

public static class ServerServiceCollectionExtensions
{
    public static WebApplicationBuilder AddConsoleServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<CloudOptions>().Bind(configuration.GetSection(CloudOptions.Section))
            .Validate(o => o.Kind != Domain.Cloud.CloudKind.Eucalyptus || !string.IsNullOrWhiteSpace(o.Host),
                "Cloud:Host is required when Cloud:Kind is Eucalyptus.")
            .Validate(o => o.Port is > 0 and < 65536, "Cloud:Port must be a TCP port (1-65535).")
            .ValidateOnStart();
        services.AddOptions<SandboxOptions>().Bind(configuration.GetSection(SandboxOptions.Section))
            .Validate(o => o.StartTimeoutSeconds > 0, "Sandbox:StartTimeoutSeconds must be positive.").ValidateOnStart();
        services.AddOptions<ConsoleSessionOptions>().Bind(configuration.GetSection(ConsoleSessionOptions.Section))
            .Validate(o => o.IdleTimeoutMinutes > 0, "Session:IdleTimeoutMinutes must be positive.").ValidateOnStart();
        services.AddOptions<SignInThrottleOptions>().Bind(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.Section))
            .Validate(o => o.CredentialDurationSeconds is >= 900 and <= 129_600, "SignIn:CredentialDurationSeconds must be 900..129600.")
            .ValidateOnStart();

        services.AddOptions<CloudAccessOptions>().Bind(configuration.GetSection(CloudAccessOptions.Section))
            .Validate(o => o.PageSize is null or > 0, "CloudAccess:PageSize must be positive when set.")
            .Validate(o => o.MaxErrorRetry is >= 0 and <= 10, "CloudAccess:MaxErrorRetry must be 0..10.")
            .Validate(o => o.RequestTimeoutSeconds > 0, "CloudAccess:RequestTimeoutSeconds must be positive.")
            .ValidateOnStart();
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section))
            .Validate(o => o.ShortSeconds > 0 && o.DefaultSeconds > 0 && o.LongSeconds > 0 && o.ExtraLongSeconds > 0, "Cache lifetimes must be positive.")
            .Validate(o => o.MaxChunkBytes >= 1024, "Cache:MaxChunkBytes must be at least 1024.")
            .Validate(o => o.RedisTimeoutMilliseconds > 0, "Cache:RedisTimeoutMilliseconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddConsoleDomain();
        services.AddHttpClient<EucalyptusSignIn>()
            .ConfigurePrimaryHttpMessageHandler(provider => GuardedConnector.CreateHandler(provider.GetRequiredService<EndpointPolicy>()));
        services.AddSingleton(provider => ConfiguredEndpoints.Trusted(provider.GetRequiredService<IOptions<CloudOptions>>().Value));
        services.AddConsoleComponents();

        services.AddSingleton<SandboxCloud>();
        services.AddHostedService<SandboxLauncher>();

        AddSessions(services, configuration, builder.Environment);

        services.AddSingleton<CacheTotals>();
        services.AddHealthChecks()
            .AddCheck<CloudReadinessCheck>("cloud", tags: ["ready"])
            .AddCheck<CacheReadinessCheck>("cache", tags: ["ready"]);

        // TLS ends at the load balancer; its X-Forwarded-* headers count only when it is a known proxy.
        services.Configure<ForwardedHeadersOptions>(options => TrustedProxies.Configure(options, configuration));

        services.AddRazorComponents()
            .AddInteractiveServerComponents(options =>
                // Exception texts can carry endpoints and request details: to the browser only when asked for.
                options.DetailedErrors = configuration.GetValue("Diagnostics:DetailedErrors", false))
            // A field's whole value travels in one hub message. SignalR's 32 KB default dropped the
            // connection on a 16 KB user data (JSON-escaped) or a large policy, and the form went on
            // without it; the largest value a form takes is a 51,200-byte template body.
            .AddHubOptions(options => options.MaximumReceiveMessageSize = HubLimits.MaximumReceiveMessageSize);
        return builder;
    }

    private static void AddSessions(IServiceCollection services, ConfigurationManager configuration, IWebHostEnvironment environment)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("EucaConsole");
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        services.AddRedisWhenConfigured(configuration, dataProtection);
        KeyRingProtection.Apply(services, dataProtection, configuration,
            keysInRedis: configuration.GetConnectionString("Redis") is { Length: > 0 }, environment.IsDevelopment());
        services.AddSingleton<ITicketStore, SessionTicketStore>();
        services.AddSingleton<SessionActivity>();
        services.AddSingleton<SessionCookie>();
        services.AddSingleton<SignInThrottle>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options => ConfigureSessionCookie(options, new SessionCookieManager()))
            // Sign-in and region switch only: the same cookie, written under a new key every time.
            .AddCookie(SessionCookie.StartScheme, options => ConfigureSessionCookie(options, new SessionStartCookieManager()));
        foreach (var scheme in new[] { CookieAuthenticationDefaults.AuthenticationScheme, SessionCookie.StartScheme })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme)
                .Configure<ITicketStore, IDataProtectionProvider>((options, store, protection) =>
                {
                    options.SessionStore = store;
                    // One format for both schemes (the default scheme's own), so a cookie the start scheme writes is the session's.
                    options.TicketDataFormat = new TicketDataFormat(protection.CreateProtector(
                        "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", CookieAuthenticationDefaults.AuthenticationScheme, "v2"));
                });
        }

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        services.AddScoped<CircuitHandler, SessionCircuitHandler>();
    }

    private static void ConfigureSessionCookie(CookieAuthenticationOptions options, ICookieManager cookies)
    {
        // The name and Secure flag follow the request's scheme (see SessionCookieManager).
        options.Cookie.Name = SessionCookieManager.BaseName;
        options.CookieManager = cookies;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // Sign-in is a local path whatever Host the request named.
        options.Events.OnRedirectToLogin = context =>
        {
            context.Response.Redirect(LocalRedirect.PathOf(context.RedirectUri));
            return Task.CompletedTask;
        };
        options.LoginPath = "/signin";
        options.LogoutPath = "/signout";
        options.ReturnUrlParameter = "returnUrl";
        options.SlidingExpiration = false;
    }
}
