using EucaConsole.Domain.SignIn;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>Registers the domain's services. The host adds the typed HttpClient for Eucalyptus sign-in.</summary>
    public static IServiceCollection AddConsoleDomain(this IServiceCollection services)
    {
        services.AddOptions<SignInOptions>();
        services.AddSingleton<AwsSignIn>();
        return services;
    }
}
