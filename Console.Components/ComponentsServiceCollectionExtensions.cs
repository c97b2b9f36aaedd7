using EucaConsole.Components.Session;
using EucaConsole.Domain.Search;
using EucaConsole.Domain.Cloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using EucaConsole.Components.Localization;
using MudBlazor.Services;

namespace EucaConsole.Components;

public static class ComponentsServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleComponents(this IServiceCollection services)
    {
        // Messages at the bottom right, clear of the page titles and their action buttons.
        services.AddMudServices(config => config.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
        services.AddScoped<CurrentSession>();
        services.AddScoped<Resources.CloudCommands>();
        services.AddScoped<Pages.Identity.PolicyChanges>();
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<Layout.ThemeStylesheets>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLocalization();
        // One localizer for the process: it looks the culture up at each use, so every circuit gets its own language.
        services.AddSingleton<IStringLocalizer<ConsoleText>, StringLocalizer<ConsoleText>>();
        services.AddScoped<ICloudSessionSource>(provider => provider.GetRequiredService<CurrentSession>());
        return services;
    }
}
