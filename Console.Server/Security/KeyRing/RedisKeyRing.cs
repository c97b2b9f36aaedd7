using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Server.Security.KeyRing;

/// <summary>The key ring shared by every console process through Redis, remembered by each (see <see cref="RememberingXmlRepository"/>).</summary>
public static class RedisKeyRing
{
    public const string Key = "euca:data-protection-keys";

    public static IDataProtectionBuilder PersistToRedis(this IDataProtectionBuilder dataProtection, IConnectionMultiplexer multiplexer)
    {
        ArgumentNullException.ThrowIfNull(dataProtection);
        dataProtection.PersistKeysToStackExchangeRedis(multiplexer, Key);
        dataProtection.Services.AddSingleton<IPostConfigureOptions<KeyManagementOptions>>(provider =>
            new PostConfigureOptions<KeyManagementOptions>(Options.DefaultName, options => options.XmlRepository = new RememberingXmlRepository(
                options.XmlRepository ?? throw new InvalidOperationException("The Redis key repository was not configured."),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger<RememberingXmlRepository>())));
        return dataProtection;
    }
}
