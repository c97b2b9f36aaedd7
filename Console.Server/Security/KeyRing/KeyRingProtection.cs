using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace EucaConsole.Server.Security.KeyRing;

/// <summary>
/// Decides how the Data Protection key ring is protected at rest. Outside Development, a ring kept in
/// Redis must be encrypted (<see cref="KeyRingKey.Setting"/>) unless the operator accepts the risk with
/// <c>DataProtection:AllowUnprotectedKeys=true</c>; otherwise startup stops with a message naming both.
/// </summary>
public static class KeyRingProtection
{
    public const string AllowUnprotectedSetting = "DataProtection:AllowUnprotectedKeys";

    public static void Apply(IServiceCollection services, IDataProtectionBuilder dataProtection, IConfiguration configuration,
        bool keysInRedis, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dataProtection);
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[KeyRingKey.Setting] is { Length: > 0 } encoded)
        {
            var key = KeyRingKey.Parse(encoded);
            services.AddSingleton(key);
            services.Configure<KeyManagementOptions>(options => options.XmlEncryptor = new AesGcmXmlEncryptor(key));
            return;
        }

        if (keysInRedis && !isDevelopment && !configuration.GetValue(AllowUnprotectedSetting, false))
        {
            throw new InvalidOperationException(
                $"The Data Protection key ring is kept in Redis unencrypted: whoever can read Redis could read every session. "
                + $"Set {KeyRingKey.Setting} (openssl rand -base64 32, the same on every console process), "
                + $"or accept the risk with {AllowUnprotectedSetting}=true.");
        }
    }
}
