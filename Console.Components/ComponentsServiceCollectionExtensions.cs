using EucaConsole.Components.Session;
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
        services.AddScoped<ICloudSessionSource>(provider => provider.GetRequiredService<CurrentSession>());
        return services;
    }
}
