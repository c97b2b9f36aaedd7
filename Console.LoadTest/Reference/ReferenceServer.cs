using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EucaConsole.LoadTest.Reference;

/// <summary>Hosts the bare reference page in a process of its own, so its heap is measured the way the console's is.</summary>
internal static class ReferenceServer
{
    public static async Task<int> RunAsync(string url, int images)
    {
        ReferenceCatalogue.Count = images;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        var app = builder.Build();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<ReferenceRoot>().AddInteractiveServerRenderMode();
        _ = ReferenceCatalogue.Images;
        await app.RunAsync();
        return 0;
    }
}
