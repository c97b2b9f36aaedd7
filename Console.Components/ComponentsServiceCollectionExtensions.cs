using EucaConsole.Components.Session;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EucaConsole.Components;

public static class ComponentsServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleComponents(this IServiceCollection services)
    {
        services.AddMudServices();
        services.AddScoped<CurrentSession>();
        return services;
    }
}
