using EucaConsole.Components.Events;
using EucaConsole.Components.Session;
using EucaConsole.Domain.Search;
using EucaConsole.Domain.Cloud;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EucaConsole.Components;

public static class ComponentsServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleComponents(this IServiceCollection services)
    {
        services.AddMudServices();
        services.AddScoped<CurrentSession>();
        services.AddScoped<EventBus>();
        services.AddSingleton<SearchIndexes>();
        services.AddScoped<ICloudSessionSource>(provider => provider.GetRequiredService<CurrentSession>());
        return services;
    }
}
